package org.goldenthread.intervention;

import java.util.Locale;
import java.util.Objects;
import org.goldenthread.period.Period;

/**
 * One step of an intervention: the period that caused it, the change, the intervention's level
 * after it (for a close, the level it was closed at) and the reason in words.
 */
public record Step(Period period, Change change, int level, String reason) {

  public Step {
    Objects.requireNonNull(period, "A step needs its period");
    Objects.requireNonNull(change, "A step needs its change");
    Objects.requireNonNull(reason, "A step needs its reason");
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("An intervention's level is 1 to 5");
    }
  }

  /** "2026/27 Q2: raised to level 3. Red for 2 periods running: 2026/27 Q1 and Q2". */
  public String describe() {
    return period.label()
        + ": "
        + change.label().toLowerCase(Locale.UK)
        + " at level "
        + level
        + ". "
        + reason;
  }
}
