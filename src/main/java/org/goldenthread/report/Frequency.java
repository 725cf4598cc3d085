package org.goldenthread.report;

import java.time.LocalDate;

/** How often a body receives a report (SPEC §7). */
public enum Frequency {
  MONTHLY("Monthly", 1),
  QUARTERLY("Quarterly", 3),
  HALF_YEARLY("Half-yearly", 6),
  ANNUAL("Annually", 12);

  private final String label;
  private final int months;

  Frequency(String label, int months) {
    this.label = label;
    this.months = months;
  }

  public String label() {
    return label;
  }

  public int months() {
    return months;
  }

  /**
   * When the report is next due after a meeting that received it: the same day of the month, this
   * many months on; a day the month does not have falls back to its last day (31 January → 28 or 29
   * February).
   */
  public LocalDate after(LocalDate meeting) {
    return meeting.plusMonths(months);
  }
}
