package org.goldenthread.organisation;

public enum Sector {
  LOCAL_GOVERNMENT("Local government"),
  POLICE("Police"),
  HEALTH("Health"),
  FIRE_AND_RESCUE("Fire and rescue"),
  EDUCATION("Education"),
  HOUSING("Housing"),
  VOLUNTARY("Voluntary and community"),
  BUSINESS("Business"),
  OTHER("Other");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
