package org.goldenthread.organisation;

public enum PersonType {
  OFFICER("Officer"),
  COUNCILLOR("Councillor"),
  PARTNER("Partner contact");

  private final String label;

  PersonType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
