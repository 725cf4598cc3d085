package org.goldenthread.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.goldenthread.audit.AuditQuery;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@GoldenThreadTest
class ProfileTest {

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired UserDetailsService details;
  @Autowired AuditTrail audit;

  private String newAccount(Role role, String password) {
    String username = "profile-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(new AccountForm(username, null, Set.of(role), true, password, null));
    return username;
  }

  private RequestPostProcessor as(String username) {
    return org.springframework.security.test.web.servlet.request
        .SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(username));
  }

  @Test
  void aPersonChangesTheirPasswordAndOnlyTheNewOneWorks() throws Exception {
    String username = newAccount(Role.OFFICER, "the old password");
    mvc.perform(
            post("/profile/password")
                .with(as(username))
                .with(csrf())
                .param("currentPassword", "the old password")
                .param("newPassword", "the brand new password")
                .param("confirmPassword", "the brand new password"))
        .andExpect(redirectedUrl("/profile"));

    mvc.perform(formLogin("/sign-in").user(username).password("the old password"))
        .andExpect(redirectedUrl("/sign-in?error"));
    mvc.perform(formLogin("/sign-in").user(username).password("the brand new password"))
        .andExpect(redirectedUrl("/"));
    long accountId = accounts.findByUsername(username).orElseThrow().getId();
    assertThat(
            audit
                .search(AuditQuery.forRecord("UserAccount", accountId), Pageable.ofSize(5))
                .getContent()
                .get(0)
                .fields())
        .anySatisfy(f -> assertThat(f.field()).isEqualTo("Password changed at"))
        .noneSatisfy(f -> assertThat(f.after()).contains("bcrypt"));
  }

  @Test
  void aPasswordChangeIsRefusedWithAReasonAndNothingChanges() throws Exception {
    String username = newAccount(Role.OFFICER, "the old password");
    mvc.perform(
            post("/profile/password")
                .with(as(username))
                .with(csrf())
                .param("currentPassword", "not my password")
                .param("newPassword", "the brand new password")
                .param("confirmPassword", "the brand new password"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Your current password is not right")));
    mvc.perform(
            post("/profile/password")
                .with(as(username))
                .with(csrf())
                .param("currentPassword", "the old password")
                .param("newPassword", "short")
                .param("confirmPassword", "short"))
        .andExpect(content().string(containsString("at least 12 characters")))
        .andExpect(content().string(not(containsString("value=\"short\""))));
    mvc.perform(
            post("/profile/password")
                .with(as(username))
                .with(csrf())
                .param("currentPassword", "the old password")
                .param("newPassword", "the brand new password")
                .param("confirmPassword", "a different new password"))
        .andExpect(content().string(containsString("The two new passwords do not match")));

    mvc.perform(formLogin("/sign-in").user(username).password("the old password"))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aPersonalApiTokenActsAsItsOwnerUntilRevoked() throws Exception {
    String username = newAccount(Role.ADMIN, "an admin password");
    String page =
        mvc.perform(
                post("/profile/tokens").with(as(username)).with(csrf()).param("name", "Returns"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = page.replaceAll("(?s).*id=\"new-token\">(gt_[A-Za-z0-9_-]+)<.*", "$1");
    assertThat(token).startsWith("gt_").hasSizeGreaterThan(40);

    mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    // A token-authenticated write needs no session and no CSRF token.
    mvc.perform(
            post("/api/v1/people")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"fullName\":\"Token Made\",\"type\":\"COUNCILLOR\",\"ward\":\"Abbey\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.ward").value("Abbey"));

    ApiToken saved =
        accounts.findByUsername(username).map(a -> a.getId()).stream()
            .flatMap(id -> tokenService.tokensOf(id).stream())
            .findFirst()
            .orElseThrow();
    assertThat(saved.getLastUsedAt()).isNotNull();
    mvc.perform(
            post("/profile/tokens/" + saved.getId() + "/revoke").with(as(username)).with(csrf()))
        .andExpect(redirectedUrl("/profile"));
    mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Autowired ApiTokenService tokenService;

  @Test
  void anOfficersTokenCannotWrite() throws Exception {
    String username = newAccount(Role.OFFICER, "an officer password");
    String token =
        tokenService.create(accounts.findByUsername(username).orElseThrow().getId(), "t").secret();
    mvc.perform(
            post("/api/v1/people")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Nope\",\"type\":\"COUNCILLOR\"}"))
        .andExpect(status().isForbidden());
  }
}
