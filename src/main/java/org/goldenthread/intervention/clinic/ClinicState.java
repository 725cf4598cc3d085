package org.goldenthread.intervention.clinic;

/** A clinic is planned until the meeting has been held. */
public enum ClinicState {
  PLANNED("Planned"),
  HELD("Held");

  private final String label;

  ClinicState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
