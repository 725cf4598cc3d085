package org.goldenthread.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so that passwords cannot be guessed
 * at speed. A locked account refuses even the right password until the lock expires or an
 * administrator unlocks it.
 */
@Component
class SignInThrottle {

  private final UserAccountRepository accounts;
  private final SignInProperties settings;
  private final Clock clock;

  SignInThrottle(UserAccountRepository accounts, SignInProperties settings, Clock clock) {
    this.accounts = accounts;
    this.settings = settings;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
      String username = attempt.getName();
      if (accounts.countFailure(username) > 0) {
        accounts.lockIfTooManyFailures(
            username, clock.instant().plus(settings.lockout()), settings.maxFailedAttempts());
      }
    }
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signIn) {
      accounts.recordSuccess(signIn.getName(), clock.instant());
    }
  }
}
