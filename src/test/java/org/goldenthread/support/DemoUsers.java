package org.goldenthread.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Acts as one of the demo council's sign-ins, as the real account loads them. */
@Component
public class DemoUsers {

  public static final String PASSWORD = "demo-password";

  private final UserDetailsService accounts;

  public DemoUsers(UserDetailsService accounts) {
    this.accounts = accounts;
  }

  /** For a MockMvc request made as this user. */
  public RequestPostProcessor as(String username) {
    return user(accounts.loadUserByUsername(username));
  }

  /** For service calls made as this user: the audit trail records them as the actor. */
  public void signInAs(String username) {
    UserDetails details = accounts.loadUserByUsername(username);
    Authentication auth =
        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    SecurityContextHolder.getContext().setAuthentication(auth);
  }

  public static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
