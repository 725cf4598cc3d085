package org.goldenthread.report;

import java.time.LocalDate;
import org.goldenthread.period.PeriodType;

/** How often a body receives a report (SPEC §7): once a period of some type. */
public enum Frequency {
  MONTHLY("Monthly", PeriodType.MONTH),
  QUARTERLY("Quarterly", PeriodType.QUARTER),
  HALF_YEARLY("Half-yearly", PeriodType.HALF_YEAR),
  ANNUAL("Annually", PeriodType.FINANCIAL_YEAR);

  private final String label;
  private final PeriodType every;

  Frequency(String label, PeriodType every) {
    this.label = label;
    this.every = every;
  }

  public String label() {
    return label;
  }

  /**
   * When the report is next due after a meeting that received it: the same day of the month, one
   * period on; a day the month does not have falls back to its last day (31 January → 28 or 29
   * February).
   */
  public LocalDate after(LocalDate meeting) {
    return meeting.plusMonths(every.months());
  }
}
