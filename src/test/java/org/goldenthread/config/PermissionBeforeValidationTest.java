package org.goldenthread.config;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A caller with no right to a call is refused whatever they send; what is wrong comes after. */
@GoldenThreadTest
class PermissionBeforeValidationTest {

  private static final String INVALID = "{}";

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String who) {
    return request
        .with(users.as(who))
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(INVALID);
  }

  @Test
  void aCallerWhoMayNotWriteIsRefusedEvenWithAnInvalidBody() throws Exception {
    mvc.perform(json(post("/api/v1/org-units"), "officer")).andExpect(status().isForbidden());
    mvc.perform(json(put("/api/v1/org-units/1"), "officer")).andExpect(status().isForbidden());
    mvc.perform(json(post("/api/v1/people"), "councillor")).andExpect(status().isForbidden());
    mvc.perform(json(put("/api/v1/people/1"), "partner")).andExpect(status().isForbidden());
    mvc.perform(json(post("/api/v1/decisions"), "manager")).andExpect(status().isForbidden());
    mvc.perform(json(post("/api/v1/decisions/1/actions"), "officer"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aCallerWhoMayWriteIsToldWhatIsWrongWithTheBody() throws Exception {
    mvc.perform(json(post("/api/v1/org-units"), "admin"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Invalid request"))
        .andExpect(jsonPath("$.errors.name").exists());
    mvc.perform(json(post("/api/v1/decisions"), "director"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors").isMap());
  }
}
