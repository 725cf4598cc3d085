package org.goldenthread.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.shared.DemoProperties;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;

@GoldenThreadTest
class SignInTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired AccountService accounts;
  @Autowired UserAccountRepository accountRepository;
  @Autowired SignInProperties settings;
  @Autowired Clock clock;

  private String newAccount(String password) {
    String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(new AccountForm(username, null, Set.of(Role.OFFICER), true, password, null));
    return username;
  }

  @Test
  void eachDemoSignInReachesAHomePageForTheirRole() throws Exception {
    expectHome("admin", "Accounts and roles");
    expectHome("officer", "Your line manager");
    expectHome("manager", "Units you lead");
    expectHome("director", "Resources");
    expectHome("councillor", "Your portfolio");
    expectHome("partner", "Exampleshire Police");
  }

  private void expectHome(String username, String expected) throws Exception {
    var session =
        mvc.perform(formLogin("/sign-in").user(username).password(DemoUsers.PASSWORD))
            .andExpect(redirectedUrl("/"))
            .andReturn()
            .getRequest()
            .getSession();
    mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(expected)));
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
    mvc.perform(formLogin("/sign-in").user("officer").password("not-the-password"))
        .andExpect(redirectedUrl("/sign-in?error"));
    mvc.perform(formLogin("/sign-in").user("nobody-by-this-name").password("whatever"))
        .andExpect(redirectedUrl("/sign-in?error"));
    mvc.perform(get("/sign-in").param("error", ""))
        .andExpect(content().string(containsString("The username or password is not right")));
    mvc.perform(formLogin("/sign-in").user("officer").password(DemoUsers.PASSWORD))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
    String username = newAccount("correct horse battery");
    for (int i = 0; i < settings.maxFailedAttempts(); i++) {
      mvc.perform(formLogin("/sign-in").user(username).password("guess " + i))
          .andExpect(redirectedUrl("/sign-in?error"));
    }
    // Now even the right password is refused while the lock lasts.
    mvc.perform(formLogin("/sign-in").user(username).password("correct horse battery"))
        .andExpect(redirectedUrl("/sign-in?locked"));
    UserAccount locked = accountRepository.findByUsername(username).orElseThrow();
    assertThat(locked.isLockedAt(clock.instant())).isTrue();
    assertThat(locked.getLockedUntil())
        .isAfter(clock.instant().plus(settings.lockout()).minusSeconds(60));

    mvc.perform(
            post("/admin/accounts/" + locked.getId() + "/unlock")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts/" + locked.getId()));
    mvc.perform(formLogin("/sign-in").user(username).password("correct horse battery"))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void fewerWrongPasswordsThanTheLimitThenARightOneStartsTheCountAgain() throws Exception {
    String username = newAccount("another fine password");
    for (int i = 0; i < settings.maxFailedAttempts() - 1; i++) {
      mvc.perform(formLogin("/sign-in").user(username).password("guess " + i));
    }
    mvc.perform(formLogin("/sign-in").user(username).password("another fine password"))
        .andExpect(redirectedUrl("/"));
    assertThat(accountRepository.findByUsername(username).orElseThrow().getFailedAttempts())
        .isZero();
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    var session =
        (org.springframework.mock.web.MockHttpSession)
            mvc.perform(formLogin("/sign-in").user("officer").password(DemoUsers.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(post("/sign-out").session(session).with(csrf()))
        .andExpect(redirectedUrl("/sign-in?signed-out"));
    mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
  }

  @Test
  void demoSignInsStopWorkingWhenDemoDataIsSwitchedOff() {
    AccountDetailsService demoOff =
        new AccountDetailsService(accountRepository, new DemoProperties(false), clock);

    assertThatThrownBy(() -> demoOff.loadUserByUsername("admin"))
        .isInstanceOf(UsernameNotFoundException.class);
    String real = newAccount("a perfectly good password");
    assertThat(demoOff.loadUserByUsername(real).isEnabled()).isTrue();
  }

  @Test
  void passwordsAreStoredHashedWithAModernAlgorithm() {
    String username = newAccount("yet another password");
    String hash = accountRepository.findByUsername(username).orElseThrow().getPasswordHash();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("yet another password");
  }
}
