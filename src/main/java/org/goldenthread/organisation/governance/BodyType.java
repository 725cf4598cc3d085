package org.goldenthread.organisation.governance;

/**
 * The kinds of body a council reports to. Council, Cabinet and committee meetings are held in
 * public, and their papers are public; officer and partnership boards meet in private.
 */
public enum BodyType {
  FULL_COUNCIL("Full Council", true),
  CABINET("Cabinet (executive)", true),
  SCRUTINY_COMMITTEE("Overview and scrutiny committee", true),
  AUDIT_COMMITTEE("Audit committee", true),
  OFFICER_BOARD("Officer board", false),
  DIRECTORATE_MANAGEMENT_TEAM("Directorate management team", false),
  PARTNERSHIP_BOARD("Partnership board", false);

  private final String label;
  private final boolean meetsInPublic;

  BodyType(String label, boolean meetsInPublic) {
    this.label = label;
    this.meetsInPublic = meetsInPublic;
  }

  /** Whether its meetings, and so the reports it receives, are open to the public. */
  public boolean meetsInPublic() {
    return meetsInPublic;
  }

  public String label() {
    return label;
  }
}
