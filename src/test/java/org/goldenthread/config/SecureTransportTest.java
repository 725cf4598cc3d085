package org.goldenthread.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.embedded.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

/** Over HTTPS (directly, or through the council's proxy) the browser is told to stay on HTTPS. */
@GoldenThreadTest
class SecureTransportTest {

  @Autowired MockMvc mvc;
  @Autowired ServerProperties server;
  @Autowired Environment environment;

  @Test
  void aSecureRequestIsToldToKeepToHttps() throws Exception {
    mvc.perform(get("/sign-in").secure(true))
        .andExpect(status().isOk())
        .andExpect(
            header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
  }

  @Test
  void aPlainHttpRequestStillWorksWithoutHsts() throws Exception {
    mvc.perform(get("/sign-in").secure(false))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Strict-Transport-Security"));
  }

  /** The session cookie is Tomcat's: started with this application's server settings. */
  @Test
  void behindTheProxyTheSessionCookieIsSecureAndOverPlainHttpItIsNot() throws Exception {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
    new TomcatWebServerFactoryCustomizer(environment, server).customize(factory);
    WebServer tomcat =
        factory.getWebServer(
            context -> context.addServlet("session", new StartsASession()).addMapping("/"));
    tomcat.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI address = URI.create("http://127.0.0.1:" + tomcat.getPort() + "/");

      HttpResponse<String> viaProxy =
          client.send(
              HttpRequest.newBuilder(address).header("X-Forwarded-Proto", "https").build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(viaProxy.body()).isEqualTo("secure=true");
      assertThat(viaProxy.headers().firstValue("Set-Cookie").orElseThrow())
          .startsWith("JSESSIONID=")
          .contains("Secure");

      HttpResponse<String> plain =
          client.send(
              HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(plain.body()).isEqualTo("secure=false");
      assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow())
          .startsWith("JSESSIONID=")
          .doesNotContain("Secure");
    } finally {
      tomcat.stop();
    }
  }

  static final class StartsASession extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      request.getSession(true);
      response.getWriter().write("secure=" + request.isSecure());
    }
  }
}
