package org.goldenthread.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

  private static MockHttpServletRequestBuilder signIn(String username, String password) {
    return post("/sign-in").param("username", username).param("password", password).with(csrf());
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void wrongPasswordsMakeTheirAddressWaitButTheHolderCanStillSignInFromElsewhere()
      throws Exception {
    String username = newAccount("correct horse battery");
    String guesser = "203.0.113.9";
    for (int i = 0; i < settings.maxFailedAttempts(); i++) {
      mvc.perform(signIn(username, "guess " + i).with(from(guesser)))
          .andExpect(redirectedUrl("/sign-in?error"));
    }
    // Past the limit each wrong password doubles the wait, so guessing on meets the wait soon.
    boolean waiting = false;
    for (int i = 0; i < 12 && !waiting; i++) {
      String answer =
          mvc.perform(signIn(username, "more " + i).with(from(guesser)))
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      waiting = "/sign-in?wait".equals(answer);
    }
    assertThat(waiting).isTrue();
    // While it waits, that address is turned away even with the right password ...
    mvc.perform(signIn(username, "correct horse battery").with(from(guesser)))
        .andExpect(redirectedUrl("/sign-in?wait"));
    mvc.perform(get("/sign-in").param("wait", ""))
        .andExpect(content().string(containsString("Wait a moment before trying again")));
    // ... but the account is not locked: its holder signs in from their own address.
    UserAccount account = accountRepository.findByUsername(username).orElseThrow();
    assertThat(account.isLockedAt(clock.instant())).isFalse();
    int failures = account.getFailedAttempts();
    assertThat(failures).isGreaterThanOrEqualTo(settings.maxFailedAttempts());
    var session =
        (MockHttpSession)
            mvc.perform(signIn(username, "correct horse battery").with(from("198.51.100.7")))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();

    // Their home page tells them what happened.
    mvc.perform(get("/").session(session))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "There were "
                            + failures
                            + " failed sign-in attempts on your account since your last sign-in,"
                            + " the last at ")))
        .andExpect(content().string(containsString("from " + guesser)));
    assertThat(accountRepository.findByUsername(username).orElseThrow().getFailedAttempts())
        .isZero();
  }

  @Test
  void aHolderWithNoWrongPasswordsSinceTheirLastSignInIsToldNothing() throws Exception {
    String username = newAccount("nothing to report here");
    var session =
        (MockHttpSession)
            mvc.perform(formLogin("/sign-in").user(username).password("nothing to report here"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(get("/").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("failed sign-in attempt"))));
  }

  @Test
  void theLoginAddressLeadsToSignInAndThenHomeNotToAMissingPage() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isMovedPermanently())
        .andExpect(redirectedUrl("/sign-in"));
    var session =
        (MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();
    mvc.perform(signIn("officer", DemoUsers.PASSWORD).session(session))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void afterSignInThePersonLandsOnThePageTheyAskedFor() throws Exception {
    var session =
        (MockHttpSession)
            mvc.perform(get("/indicators/new"))
                .andExpect(redirectedUrl("http://localhost/sign-in"))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(signIn("admin", DemoUsers.PASSWORD).session(session))
        .andExpect(redirectedUrl("http://localhost/indicators/new?continue"));
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
