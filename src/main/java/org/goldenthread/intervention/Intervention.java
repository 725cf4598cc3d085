package org.goldenthread.intervention;

import java.util.List;
import org.goldenthread.period.Period;

/**
 * One intervention on an indicator or action: opened by a period, raised or held by later ones,
 * closed by a return to Green. {@code closedPeriod} is null while it is open; {@code level} is the
 * highest it reached (it is never lowered).
 */
public record Intervention(
    int level, State state, Period openedPeriod, Period closedPeriod, List<Step> steps) {

  public enum State {
    OPEN,
    CLOSED
  }

  public Intervention {
    steps = List.copyOf(steps);
  }

  public boolean isOpen() {
    return state == State.OPEN;
  }
}
