package org.goldenthread.intervention;

import java.util.Objects;
import org.goldenthread.period.Period;

/**
 * A period of an indicator or action and its outcome once evaluated; {@code outcome} is null while
 * the period is not evaluated yet (its value only entered or submitted, or its deadline not
 * passed). {@code concerningSignal}: the period's point is a concerning special cause on the XmR
 * chart of the series up to and including it (SPEC §4a); read only by a rule that fires on a
 * signal.
 */
public record PeriodOutcome(Period period, Outcome outcome, boolean concerningSignal) {

  public PeriodOutcome {
    Objects.requireNonNull(period, "A period is needed");
  }

  public PeriodOutcome(Period period, Outcome outcome) {
    this(period, outcome, false);
  }

  public static PeriodOutcome pending(Period period) {
    return new PeriodOutcome(period, null);
  }

  public boolean evaluated() {
    return outcome != null;
  }
}
