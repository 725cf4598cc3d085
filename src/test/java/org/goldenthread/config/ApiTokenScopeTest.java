package org.goldenthread.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldenthread.account.ApiTokenService;
import org.goldenthread.account.UserAccountRepository;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.SampleRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A personal API token works on the API alone (M6): on the pages and their forms it is no way in,
 * so a token cannot change its account's password, mint more tokens or post any form.
 */
@GoldenThreadTest
class ApiTokenScopeTest {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenService tokens;
  @Autowired UserAccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired UserDetailsService details;
  @Autowired SampleRecords samples;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private String tokenOf(String username) {
    return tokens
        .create(accounts.findByUsername(username).orElseThrow().getId(), "scope test")
        .secret();
  }

  @Test
  void aTokenChangesNoPasswordAndMintsNoToken() throws Exception {
    String token = tokenOf("admin");
    long admin = accounts.findByUsername("admin").orElseThrow().getId();
    int before = tokens.tokensOf(admin).size();
    MockHttpServletResponse changed =
        mvc.perform(
                post("/profile/password")
                    .header("Authorization", "Bearer " + token)
                    .param("currentPassword", "demo-password")
                    .param("newPassword", "taken-over-by-a-token")
                    .param("confirmPassword", "taken-over-by-a-token"))
            .andReturn()
            .getResponse();
    assertThat(changed.getStatus()).isEqualTo(403);
    assertThat(
            passwords.matches("demo-password", details.loadUserByUsername("admin").getPassword()))
        .isTrue();
    mvc.perform(
        post("/profile/tokens").header("Authorization", "Bearer " + token).param("name", "x"));
    assertThat(tokens.tokensOf(admin)).hasSize(before);
    // It still works where it is meant to.
    assertThat(
            mvc.perform(get("/api/v1/indicators").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void noPageOrFormOutsideTheApiAcceptsAToken() throws Exception {
    String token = tokenOf("admin");
    List<String> accepted = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        if (pattern.startsWith("/api/")
            || pattern.startsWith("/public")
            // A calendar feed is public: its own private token in the address is the key.
            || pattern.startsWith("/calendar/feed/")
            || pattern.equals("/error")
            || pattern.equals("/sign-in")
            || pattern.equals("/login")
            || pattern.startsWith("/v3/api-docs")) {
          continue;
        }
        String path = pattern.replaceAll("\\{[^}]+}", "1");
        for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
          var request =
              method == RequestMethod.GET ? get(path) : post(path).param("name", "token-made");
          MockHttpServletResponse answer =
              mvc.perform(request.header("Authorization", "Bearer " + token))
                  .andReturn()
                  .getResponse();
          if (!RouteAccessTest.refused(answer)) {
            accepted.add(method + " " + path + " " + answer.getStatus());
          }
        }
      }
    }
    assertThat(accepted).as("pages and forms that took an API token").isEmpty();
  }
}
