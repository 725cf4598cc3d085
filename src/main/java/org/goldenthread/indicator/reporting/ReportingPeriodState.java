package org.goldenthread.indicator.reporting;

/** Whether officers are reporting for a period, or it is closed and its values locked. */
public enum ReportingPeriodState {
  OPEN("Open"),
  CLOSED("Closed");

  private final String label;

  ReportingPeriodState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
