package org.goldenthread.intervention;

import java.util.Objects;
import org.goldenthread.period.Period;

/**
 * A period of an indicator or action and its outcome once evaluated; {@code outcome} is null while
 * the period is not evaluated yet (its value only entered or submitted, or its deadline not
 * passed).
 */
public record PeriodOutcome(Period period, Outcome outcome) {

  public PeriodOutcome {
    Objects.requireNonNull(period, "A period is needed");
  }

  public static PeriodOutcome pending(Period period) {
    return new PeriodOutcome(period, null);
  }

  public boolean evaluated() {
    return outcome != null;
  }
}
