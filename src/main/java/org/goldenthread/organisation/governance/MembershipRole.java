package org.goldenthread.organisation.governance;

public enum MembershipRole {
  CHAIR("Chair"),
  VICE_CHAIR("Vice-chair"),
  MEMBER("Member"),
  ADVISER("Adviser (non-voting)"),
  CLERK("Clerk (democratic services)");

  private final String label;

  MembershipRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
