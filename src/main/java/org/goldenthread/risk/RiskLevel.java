package org.goldenthread.risk;

/**
 * The level a register sits at (SPEC §6), highest first. A risk is escalated up this order and
 * de-escalated down it.
 */
public enum RiskLevel {
  CORPORATE("Corporate (strategic)"),
  DIRECTORATE("Directorate"),
  SERVICE("Service"),
  PROJECT("Project"),
  PARTNERSHIP("Partnership");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a register at this level sits above one at {@code other}, for escalation. */
  public boolean isAbove(RiskLevel other) {
    return ordinal() < other.ordinal();
  }
}
