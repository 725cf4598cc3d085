package org.goldenthread.indicator;

/**
 * How values collected over shorter periods combine into a longer one (SPEC §4). A ratio is
 * recalculated from the summed numerators and denominators, never averaged.
 */
public enum Aggregation {
  SUM("Sum"),
  AVERAGE("Average"),
  LAST("Last value"),
  MIN("Lowest value"),
  MAX("Highest value"),
  RATIO("Ratio of the summed numerator and denominator");

  private final String label;

  Aggregation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
