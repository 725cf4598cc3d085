package org.goldenthread.indicator.calc;

/** The four XmR signal rules of SPEC §4a. */
public enum SignalRule {
  OUTSIDE_LIMITS("Outside the limits"),
  SHIFT("Shift"),
  TREND("Trend"),
  TWO_OF_THREE("Two of three near a limit");

  private final String label;

  SignalRule(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
