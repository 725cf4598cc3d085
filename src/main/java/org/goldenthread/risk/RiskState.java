package org.goldenthread.risk;

/** Whether a risk is still managed, or closed with a reason and a date. */
public enum RiskState {
  OPEN("Open"),
  CLOSED("Closed");

  private final String label;

  RiskState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
