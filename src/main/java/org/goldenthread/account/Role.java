package org.goldenthread.account;

/** What a signed-in person may do; an account may hold several. */
public enum Role {
  ADMIN("Administrator (performance team)"),
  DIRECTOR("Director"),
  MANAGER("Manager"),
  OFFICER("Officer"),
  MEMBER("Member (councillor)"),
  PARTNER("Partner user");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
