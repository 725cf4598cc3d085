package org.goldenthread.intervention.clinic;

/** What a clinic decided about an item (one or more). */
public enum ClinicOutcome {
  ACTION_PLAN_CHANGED("Action plan changed"),
  MORE_FREQUENT_MONITORING("More frequent monitoring"),
  RESOURCES_MOVED("Resources moved"),
  REFERRED_TO_CABINET("Referred to Cabinet"),
  REFERRED_TO_SCRUTINY("Referred to Scrutiny"),
  CLOSED("Closed");

  private final String label;

  ClinicOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
