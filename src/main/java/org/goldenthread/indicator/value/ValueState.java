package org.goldenthread.indicator.value;

/** The data-quality workflow of a value: entered → submitted → verified → published. */
public enum ValueState {
  ENTERED("Entered"),
  SUBMITTED("Submitted for verification"),
  VERIFIED("Verified"),
  PUBLISHED("Published");

  private final String label;

  ValueState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
