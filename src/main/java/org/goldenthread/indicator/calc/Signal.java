package org.goldenthread.indicator.calc;

import java.util.List;
import org.goldenthread.period.Period;

/**
 * A signal found on an XmR chart: the rule it breaks, every period it covers (in order) and what it
 * means in words for a council officer.
 */
public record Signal(SignalRule rule, List<Period> periods, String explanation) {

  public Signal {
    periods = List.copyOf(periods);
  }

  public boolean covers(Period period) {
    return periods.contains(period);
  }
}
