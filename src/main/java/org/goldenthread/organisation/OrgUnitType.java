package org.goldenthread.organisation;

/** The levels of the council's structure, top to bottom. */
public enum OrgUnitType {
  COUNCIL("Council"),
  DIRECTORATE("Directorate"),
  SERVICE("Service"),
  TEAM("Team");

  private final String label;

  OrgUnitType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A unit sits below a unit of a higher level; teams may also sit within teams. */
  public boolean canSitBelow(OrgUnitType parent) {
    return parent.ordinal() < ordinal() || (this == TEAM && parent == TEAM);
  }
}
