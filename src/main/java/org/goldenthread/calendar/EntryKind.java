package org.goldenthread.calendar;

/** An event happens on its date (a meeting, the budget); a task is done by its owner by then. */
public enum EntryKind {
  EVENT("Event"),
  TASK("Task");

  private final String label;

  EntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
