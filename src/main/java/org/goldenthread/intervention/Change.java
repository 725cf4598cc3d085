package org.goldenthread.intervention;

/** What a period did to an indicator's intervention (SPEC §8). */
public enum Change {
  OPENED("Opened"),
  RAISED("Raised"),
  HELD("Held"),
  CLOSED("Closed");

  private final String label;

  Change(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
