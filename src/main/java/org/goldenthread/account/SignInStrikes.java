package org.goldenthread.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords per account and client address, and how long that pair must wait. Kept in memory:
 * a restart forgets them, which costs a guesser no more than the longest delay.
 */
final class SignInStrikes {

  /** Beyond this many pairs, the ones no longer waiting are forgotten. */
  static final int MAX_PAIRS = 10_000;

  private record Pair(String username, String address) {}

  private record Strike(int failures, Instant waitUntil) {}

  private final Map<Pair, Strike> strikes = new ConcurrentHashMap<>();
  private final SignInProperties settings;

  SignInStrikes(SignInProperties settings) {
    this.settings = settings;
  }

  private static Pair pair(String username, String address) {
    return new Pair(
        username == null ? "" : username.trim().toLowerCase(Locale.ROOT),
        address == null ? "" : address);
  }

  /** Whether this address must still wait before trying this account again. */
  boolean mustWait(String username, String address, Instant now) {
    Strike strike = strikes.get(pair(username, address));
    return strike != null && strike.waitUntil() != null && strike.waitUntil().isAfter(now);
  }

  /** Counts a wrong password; from the limit on, each one makes the address wait twice as long. */
  void fail(String username, String address, Instant now) {
    if (strikes.size() >= MAX_PAIRS) {
      strikes.values().removeIf(s -> s.waitUntil() == null || !s.waitUntil().isAfter(now));
    }
    strikes.compute(
        pair(username, address),
        (key, before) -> {
          int failures = before == null ? 1 : before.failures() + 1;
          Instant until =
              failures < settings.maxFailedAttempts()
                  ? null
                  : now.plus(delay(failures - settings.maxFailedAttempts()));
          return new Strike(failures, until);
        });
  }

  /** The right password from this address: it starts again from nothing. */
  void succeed(String username, String address) {
    strikes.remove(pair(username, address));
  }

  /** The wait after the limit and {@code beyond} more wrong passwords: 1 s, 2 s, 4 s … capped. */
  Duration delay(int beyond) {
    Duration delay = settings.firstDelay();
    for (int i = 0; i < beyond && delay.compareTo(settings.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }
}
