package org.goldenthread.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.goldenthread.shared.DisplayFormats;

/**
 * The tests' time: Wednesday 2 December 2026 at 10:00 in the UK, in the third quarter of the
 * 2026/27 financial year. The second quarter's figures and October's monthly ones are the ones due,
 * both past their deadline. Each reading moves it on by a millisecond, so that two things done one
 * after the other are stamped in that order, but the day never changes on its own. A test that
 * needs time to pass {@link #advance advances} it and {@link #reset resets} it afterwards.
 */
public final class TestClock extends Clock {

  /** The instant every test starts from. */
  public static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

  /** The tests' today. */
  public static final LocalDate TODAY = LocalDate.ofInstant(START, DisplayFormats.UK);

  private static final Duration TICK = Duration.ofMillis(1);

  private final AtomicReference<Instant> now = new AtomicReference<>(START);

  @Override
  public ZoneId getZone() {
    return DisplayFormats.UK;
  }

  /** The same time, read in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    TestClock time = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return time.withZone(other);
      }

      @Override
      public Instant instant() {
        return time.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now.getAndUpdate(t -> t.plus(TICK));
  }

  /** Moves time on, as if {@code by} had passed. */
  public void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  /** Back to {@link #START}. */
  public void reset() {
    now.set(START);
  }
}
