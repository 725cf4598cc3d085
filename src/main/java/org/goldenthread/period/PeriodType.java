package org.goldenthread.period;

/** The lengths of reporting period a council uses; each divides the financial year evenly. */
public enum PeriodType {
  MONTH("Month", 1),
  QUARTER("Quarter", 3),
  HALF_YEAR("Half-year", 6),
  FINANCIAL_YEAR("Financial year", 12);

  private final String label;
  private final int months;

  PeriodType(String label, int months) {
    this.label = label;
    this.months = months;
  }

  public String label() {
    return label;
  }

  public int months() {
    return months;
  }

  /** How many periods of this type make up one financial year: 12, 4, 2 or 1. */
  public int perYear() {
    return 12 / months;
  }
}
