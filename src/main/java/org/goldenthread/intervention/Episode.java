package org.goldenthread.intervention;

import java.util.List;
import org.goldenthread.period.Period;

/**
 * One intervention on an indicator or action as the ladder works it out from the periods (the
 * record kept is {@link Intervention}): opened by a period, raised or held by later ones, closed by
 * a return to Green. {@code closedPeriod} is null while it is open; {@code level} is the highest it
 * reached (it is never lowered).
 */
public record Episode(
    int level,
    InterventionState state,
    Period openedPeriod,
    Period closedPeriod,
    List<Step> steps) {

  public Episode {
    steps = List.copyOf(steps);
  }

  public boolean isOpen() {
    return state == InterventionState.OPEN;
  }
}
