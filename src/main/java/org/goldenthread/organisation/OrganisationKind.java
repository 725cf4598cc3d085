package org.goldenthread.organisation;

public enum OrganisationKind {
  COUNCIL("Council"),
  PARTNER("Partner organisation");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
