package org.goldenthread.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock another person out: wrong passwords for
 * an account from one address make that address wait, longer each time ({@link SignInStrikes},
 * enforced by {@link SignInThrottleFilter}); the account keeps a count of them, with the time and
 * address of the last, to tell its holder at their next sign-in.
 */
@Component
class SignInThrottle {

  private final UserAccountRepository accounts;
  private final SignInStrikes strikes;
  private final Clock clock;

  SignInThrottle(UserAccountRepository accounts, SignInProperties settings, Clock clock) {
    this.accounts = accounts;
    this.strikes = new SignInStrikes(settings);
    this.clock = clock;
  }

  boolean mustWait(String username, String address) {
    return strikes.mustWait(username, address, clock.instant());
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
      String address = address(attempt);
      strikes.fail(attempt.getName(), address, clock.instant());
      accounts.countFailure(attempt.getName(), clock.instant(), address);
    }
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signIn) {
      strikes.succeed(signIn.getName(), address(signIn));
      accounts.recordSuccess(signIn.getName(), clock.instant());
    }
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
