package org.goldenthread.framework;

import java.time.LocalDate;

public enum ReviewFrequency {
  MONTHLY("Monthly", 1),
  QUARTERLY("Quarterly", 3),
  HALF_YEARLY("Half-yearly", 6),
  ANNUALLY("Annually", 12);

  private final String label;
  private final int months;

  ReviewFrequency(String label, int months) {
    this.label = label;
    this.months = months;
  }

  public String label() {
    return label;
  }

  public LocalDate after(LocalDate date) {
    return date.plusMonths(months);
  }
}
