package org.goldenthread.action;

/** Whether a piece of work is a single action or a project with its own milestones. */
public enum ActionKind {
  ACTION("Action"),
  PROJECT("Project");

  private final String label;

  ActionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
