package org.goldenthread.report;

/**
 * Which risks a report carries in its risk sections (M8): none; those linked to the indicators and
 * actions it covers; the corporate register; one chosen register; or every register. Whatever the
 * choice, every report shows beside each indicator and action the risks linked to it.
 */
public enum RiskScope {
  NONE("No risks"),
  LINKED("The risks linked to the report's indicators and actions"),
  CORPORATE("The corporate risk register"),
  REGISTER("A chosen risk register"),
  ALL("Every risk register");

  private final String label;

  RiskScope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
