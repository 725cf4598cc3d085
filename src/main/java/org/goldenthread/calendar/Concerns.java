package org.goldenthread.calendar;

/** What an event or task is about, so that it can link to the record it concerns. */
public enum Concerns {
  PLAN("A plan"),
  REPORT("A report"),
  MEETING("A body's meeting"),
  APPRAISAL("The appraisal window"),
  BUDGET("The budget"),
  RESULTS("Performance results"),
  OTHER("Something else");

  private final String label;

  Concerns(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
