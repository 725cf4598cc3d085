package org.goldenthread.report;

/**
 * What a report covers (SPEC §7). Every kind but a chosen set and the corporate health indicators
 * names one record by its id.
 */
public enum ScopeKind {
  PLAN("A plan"),
  PRIORITY("A priority, and everything beneath it in the golden thread"),
  PORTFOLIO("A Cabinet portfolio"),
  DIRECTORATE("A directorate, or any part of the council, and the units within it"),
  BODY("What a body is accountable for, and the actions arising from its decisions"),
  CORPORATE_HEALTH("The corporate health indicators"),
  CHOSEN("Indicators and actions chosen one by one");

  private final String label;

  ScopeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a report of this kind names one record (a plan, a portfolio, a body…) by its id. */
  public boolean namesRecord() {
    return this != CHOSEN && this != CORPORATE_HEALTH;
  }
}
