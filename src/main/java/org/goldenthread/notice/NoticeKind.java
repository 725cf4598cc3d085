package org.goldenthread.notice;

/**
 * What a notice tells a person. Deadline, late and chase notices are essential and always sent; a
 * person may turn the others off on their profile.
 */
public enum NoticeKind {
  DEADLINE_SOON("Figures due soon", true),
  LATE("Figures late", true),
  LATE_ESCALATION("Figures late in your team", true),
  CHASE("Reminder from the performance team", true),
  VALUE_RETURNED("Figures returned for correction", false),
  VALUE_TO_VERIFY("Figures waiting for your verification", false),
  ACTION_UPDATE_DUE("Action progress update due", false),
  RISK_REVIEW_DUE("Risk review due", false),
  PLAN_REVIEW_DUE("Plan review due", false),
  TASK_DUE("Calendar task due", false),
  TASK_MISSED("Calendar task missed", false),
  REPORT_READY("Report pack ready for a meeting", false),
  REMEDIAL_PLAN_DUE("Remedial plan asked of you", false),
  REMEDIAL_PLAN_TO_DECIDE("Remedial plan waiting for your decision", false),
  REMEDIAL_PLAN_REJECTED("Remedial plan rejected: to revise", false),
  DIRECTOR_REVIEW_DUE("Director review asked of you", false),
  INTERVENTION_OVERDUE("Intervention overdue", false);

  private final String label;
  private final boolean essential;

  NoticeKind(String label, boolean essential) {
    this.label = label;
    this.essential = essential;
  }

  public String label() {
    return label;
  }

  public boolean isEssential() {
    return essential;
  }
}
