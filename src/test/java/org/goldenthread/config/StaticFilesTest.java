package org.goldenthread.config;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The files every page asks for are served, to anyone, from the paths the layout names. */
@GoldenThreadTest
class StaticFilesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/css/app.css",
        "/js/app.js",
        "/js/supported.js",
        "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
        "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
        "/webjars/htmx.org/dist/htmx.min.js",
        "/assets/fonts/bold-affa96571d-v2.woff"
      })
  void servedWithoutSigningIn(String path) throws Exception {
    mvc.perform(get(path)).andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/static/css/app.css", "/application.properties", "/css/missing.css"})
  void nothingElseIsServedAsAFile(String path) throws Exception {
    // Not found, or (an address no access rule names) refused: either way no file.
    mvc.perform(get(path).with(users.as("admin"))).andExpect(status().is4xxClientError());
  }
}
