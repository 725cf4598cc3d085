package org.goldenthread.indicator;

/** The balanced-scorecard perspective an indicator belongs to. */
public enum Perspective {
  CUSTOMER("Customer"),
  PROCESS("Process"),
  FINANCE("Finance"),
  ORGANISATION("Organisation");

  private final String label;

  Perspective(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
