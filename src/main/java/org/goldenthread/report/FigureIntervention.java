package org.goldenthread.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An exception's open intervention as a report showed it (SPEC §8): its level and the name of the
 * ladder's rule at that level, and its latest remedial plan (state, measures, by when), if any. A
 * report published before these were kept has none (null); so has an indicator with no open
 * intervention.
 */
public record FigureIntervention(
    long interventionId,
    int level,
    String name,
    String openedPeriod,
    String planState,
    String planMeasures,
    LocalDate planBy,
    String planExpectedEffect) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** "Level 3 – Director review". */
  public String levelText() {
    return "Level " + level + (name == null ? "" : " – " + name);
  }

  public boolean hasPlan() {
    return planState != null;
  }

  /** "Agreed: weekly checks of every case, by 31 March 2027"; "No remedial plan yet". */
  public String planText() {
    if (!hasPlan()) {
      return "No remedial plan yet";
    }
    return planState + ": " + planMeasures + (planBy == null ? "" : ", by " + planBy.format(DATE));
  }
}
