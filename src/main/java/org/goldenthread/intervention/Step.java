package org.goldenthread.intervention;

import org.goldenthread.period.Period;

/**
 * One step of an intervention: the period that caused it, the change, the intervention's level
 * after it (for a close, the level it was closed at) and the reason in words.
 */
public record Step(Period period, Change change, int level, String reason) {

  /** "2026/27 Q2: raised to level 3. Red for 2 periods running: 2026/27 Q1 and Q2". */
  public String describe() {
    return period.label()
        + ": "
        + change.label().toLowerCase(java.util.Locale.UK)
        + " at level "
        + level
        + ". "
        + reason;
  }
}
