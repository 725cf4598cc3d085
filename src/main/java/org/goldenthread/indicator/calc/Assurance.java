package org.goldenthread.indicator.calc;

/** Whether an indicator's process will reliably meet its target, fail it, or either (SPEC §4a). */
public enum Assurance {
  CONSISTENTLY_PASSING("Consistently passing"),
  CONSISTENTLY_FAILING("Consistently failing"),
  HIT_AND_MISS("Hit and miss");

  private final String label;

  Assurance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
