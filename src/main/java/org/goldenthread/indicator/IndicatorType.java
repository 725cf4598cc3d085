package org.goldenthread.indicator;

public enum IndicatorType {
  NATIONAL("National or statutory"),
  PARTNERSHIP("Partnership (LAA)"),
  LOCAL("Local");

  private final String label;

  IndicatorType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
