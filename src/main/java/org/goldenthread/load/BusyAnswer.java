package org.goldenthread.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * "Busy, try again": 503 with Retry-After, a GOV.UK page for people and a problem document for the
 * JSON API. Written directly, as the limiter answers before Spring MVC is reached.
 */
@Component
class BusyAnswer {

  static final String TITLE = "The service is busy";
  static final String MESSAGE =
      "Many people are asking for large pages at the moment. Try again in a few seconds.";

  private final ThymeleafViewResolver views;
  private final ObjectMapper json;
  private final LoadProperties settings;

  BusyAnswer(ThymeleafViewResolver views, ObjectMapper json, LoadProperties settings) {
    this.views = views;
    this.json = json;
    this.settings = settings;
  }

  void write(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds());
    if (isApi(request)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, MESSAGE);
      problem.setTitle(TITLE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    try {
      View page = views.resolveViewName("error/busy", Locale.UK);
      response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
      page.render(
          Map.of("busyTitle", TITLE, "busyMessage", MESSAGE, "retryAfter", retryAfterSeconds()),
          request,
          response);
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }

  String retryAfterSeconds() {
    return Long.toString(Math.max(1, settings.retryAfter().toSeconds()));
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}
