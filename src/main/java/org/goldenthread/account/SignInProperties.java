package org.goldenthread.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling: after this many wrong passwords in a row an account is locked for a while
 * (GOLDENTHREAD_SIGN_IN_MAX_FAILED_ATTEMPTS, GOLDENTHREAD_SIGN_IN_LOCKOUT).
 */
@ConfigurationProperties("goldenthread.sign-in")
public record SignInProperties(
    @DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockout) {}
