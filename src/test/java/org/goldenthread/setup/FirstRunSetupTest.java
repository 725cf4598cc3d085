package org.goldenthread.setup;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A production install: no demo data, a council and first administrator from settings. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1",
      "goldenthread.demo.enabled=false",
      "goldenthread.setup.council-name=Test District Council",
      "goldenthread.setup.admin-username=performance.lead",
      "goldenthread.setup.admin-password=a long first password"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstRunSetupTest {

  @Autowired MockMvc mvc;

  @Test
  void theFirstAdministratorSignsInToTheirCouncilAndNoDemoSignInWorks() throws Exception {
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    formLogin("/sign-in")
                        .user("performance.lead")
                        .password("a long first password"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(get("/").session(session))
        .andExpect(content().string(containsString("Test District Council")))
        .andExpect(content().string(containsString("Accounts and roles")));
    mvc.perform(formLogin("/sign-in").user("admin").password("demo-password"))
        .andExpect(redirectedUrl("/sign-in?error"));
  }
}
