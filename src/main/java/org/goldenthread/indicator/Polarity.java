package org.goldenthread.indicator;

/** Which direction is better for an indicator; "none" makes it data only. */
public enum Polarity {
  HIGHER_IS_BETTER("Higher is better"),
  LOWER_IS_BETTER("Lower is better"),
  NONE("None (data only)");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
