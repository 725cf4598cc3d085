package org.goldenthread.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person at a browser: an HTTP client over its own connection to the running server, keeping
 * its cookies, signed in through the sign-in form (with the form's CSRF token) as a real browser
 * would, or not signed in at all.
 */
final class Session {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  /**
   * What came back: the status, the body, how long the whole answer took to arrive, and where a
   * redirect points (the path on this server), or empty.
   */
  record Answer(int status, byte[] body, long nanos, String location) {

    double millis() {
      return nanos / 1e6;
    }

    double seconds() {
      return nanos / 1e9;
    }

    int kilobytes() {
      return body.length / 1024;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final String base;
  private final HttpClient client;

  private Session(String base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Someone who has not signed in. */
  static Session anonymous(int port) {
    return new Session("http://localhost:" + port);
  }

  /** Someone signed in as the demo user {@code username}. */
  static Session signedIn(int port, String username) {
    Session session = anonymous(port);
    Answer page = session.get("/sign-in");
    Answer signedIn =
        session.post(
            "/sign-in",
            Map.of(
                "username",
                List.of(username),
                "password",
                List.of("demo-password"),
                "_csrf",
                List.of(csrf(page))));
    if (signedIn.status() != 302 || !signedIn.location().equals("/")) {
      throw new IllegalStateException("Could not sign in as " + username);
    }
    return session;
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** Reads the answer as it arrives without keeping it, counting its lines: a large download. */
  Answer getCountingLines(String path) {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).GET().build();
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      long lines = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = response.body()) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          for (int i = 0; i < read; i++) {
            if (buffer[i] == '\n') {
              lines++;
            }
          }
        }
      }
      long took = System.nanoTime() - start;
      return new Answer(
          response.statusCode(), Long.toString(lines).getBytes(StandardCharsets.UTF_8), took, "");
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(path, e);
    }
  }

  /** A form sent as a browser sends it, with this session's CSRF token from {@code formPage}. */
  Answer submit(String formPage, String action, Map<String, List<String>> fields) {
    Map<String, List<String>> all = new LinkedHashMap<>(fields);
    all.put("_csrf", List.of(csrf(get(formPage))));
    return post(action, all);
  }

  private Answer post(String path, Map<String, List<String>> fields) {
    String form =
        fields.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private Answer send(HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - start;
      String at = response.headers().firstValue("Location").orElse("");
      return new Answer(
          response.statusCode(),
          response.body(),
          took,
          at.startsWith(base) ? at.substring(base.length()) : at);
    } catch (IOException e) {
      // A connection refused or reset under load counts as an error, as a browser would show one.
      return new Answer(599, new byte[0], System.nanoTime() - start, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(request.uri().toString(), e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path.replace(" ", "%20"));
  }

  private static String csrf(Answer page) {
    Matcher found = CSRF.matcher(page.text());
    if (!found.find()) {
      throw new IllegalStateException("No CSRF token on the page");
    }
    return found.group(1) != null ? found.group(1) : found.group(2);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
