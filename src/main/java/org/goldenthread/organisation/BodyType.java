package org.goldenthread.organisation;

public enum BodyType {
  FULL_COUNCIL("Full Council"),
  CABINET("Cabinet (executive)"),
  SCRUTINY_COMMITTEE("Overview and scrutiny committee"),
  AUDIT_COMMITTEE("Audit committee"),
  OFFICER_BOARD("Officer board"),
  DIRECTORATE_MANAGEMENT_TEAM("Directorate management team"),
  PARTNERSHIP_BOARD("Partnership board");

  private final String label;

  BodyType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
