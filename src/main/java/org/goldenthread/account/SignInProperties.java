package org.goldenthread.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling, by account and client address together: after this many wrong passwords for
 * one account from one address, that address must wait before trying that account again — the first
 * delay, doubled at each further wrong password, up to the longest delay
 * (GOLDENTHREAD_SIGN_IN_MAX_FAILED_ATTEMPTS, GOLDENTHREAD_SIGN_IN_FIRST_DELAY,
 * GOLDENTHREAD_SIGN_IN_MAX_DELAY). The account itself is never locked by wrong passwords, so nobody
 * can lock another person out; the right password from another address still works.
 */
@ConfigurationProperties("goldenthread.sign-in")
public record SignInProperties(
    @DefaultValue("5") int maxFailedAttempts,
    @DefaultValue("1s") Duration firstDelay,
    @DefaultValue("15m") Duration maxDelay) {}
