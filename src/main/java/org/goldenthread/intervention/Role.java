package org.goldenthread.intervention;

/** Who must act at a level of the ladder (SPEC §1 responsible and accountable, §8). */
public enum Role {
  RESPONSIBLE_OFFICER("The responsible officer"),
  ACCOUNTABLE_PERSON("The accountable person"),
  DIRECTOR("The director of the directorate"),
  OFFICER_BOARD("The officer board"),
  PORTFOLIO_HOLDER("The portfolio holder"),
  SCRUTINY_COMMITTEE("The scrutiny committee");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
