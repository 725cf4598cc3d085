package org.goldenthread.calendar;

/** What has been recorded about an entry; whether a task was missed follows from its date. */
public enum EntryState {
  PLANNED("Planned"),
  DONE("Done"),
  CANCELLED("Cancelled");

  private final String label;

  EntryState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
