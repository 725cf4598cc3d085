package org.goldenthread.calendar;

import java.time.LocalDate;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.shared.RuleViolationException;

/** A financial year as the calendar's addresses take it: 2026-27, or 2026/27 as elsewhere. */
public final class CalendarYear {

  private CalendarYear() {}

  /** The year asked for, or the one today falls in when none is; refused naming "year". */
  public static FinancialYear parse(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      return FinancialYear.of(today);
    }
    String shown = text.strip();
    try {
      return FinancialYear.parse(shown.replace('-', '/'));
    } catch (PeriodFormatException e) {
      throw new RuleViolationException(
          "year",
          "‘"
              + shown
              + "’ is not a financial year. Use a year like "
              + code(FinancialYear.of(today))
              + " or "
              + FinancialYear.of(today).label()
              + ".");
    }
  }

  /** The year as the addresses write it: 2026-27. */
  public static String code(FinancialYear year) {
    return year.label().replace('/', '-');
  }
}
