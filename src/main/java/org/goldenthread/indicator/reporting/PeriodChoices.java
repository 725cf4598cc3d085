package org.goldenthread.indicator.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * The periods the performance team may open, by type: the recent ones and those coming soon, the
 * latest first. Plain Java.
 */
final class PeriodChoices {

  /** The periods of one type offered, with how many before and after the current one. */
  record Group(PeriodType type, List<Period> periods) {}

  private PeriodChoices() {}

  static List<Group> around(LocalDate today) {
    return List.of(
        group(today, PeriodType.QUARTER, 4, 1),
        group(today, PeriodType.MONTH, 6, 2),
        group(today, PeriodType.HALF_YEAR, 2, 1),
        group(today, PeriodType.FINANCIAL_YEAR, 2, 1));
  }

  /** The period most likely wanted: the quarter last ended, whose figures are now being sent. */
  static Period suggested(LocalDate today) {
    return Period.containing(today, PeriodType.QUARTER).previous();
  }

  private static Group group(LocalDate today, PeriodType type, int before, int after) {
    Period current = Period.containing(today, type);
    Period p = current;
    for (int i = 0; i < after; i++) {
      p = p.next();
    }
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < before + after + 1; i++) {
      periods.add(p);
      p = p.previous();
    }
    return new Group(type, periods);
  }
}
