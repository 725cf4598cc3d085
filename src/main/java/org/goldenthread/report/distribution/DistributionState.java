package org.goldenthread.report.distribution;

/** Whether a meeting's report pack went out, or is held back and why. */
public enum DistributionState {
  READY("Ready"),
  HELD("Not prepared"),
  PUBLISHED("Published");

  private final String label;

  DistributionState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
