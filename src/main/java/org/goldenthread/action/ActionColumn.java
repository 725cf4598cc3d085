package org.goldenthread.action;

import org.goldenthread.framework.FileColumn;

/**
 * The columns of an actions file, in the order an export writes them. A row is an action, or (when
 * {@code milestone_of} names an action) one of that action's milestones.
 */
enum ActionColumn implements FileColumn {
  CODE(
      "code",
      "Required for an action",
      "A short reference for the action, for example ACT-101: letters, numbers, dots, slashes,"
          + " hyphens and underscores, up to 30 characters. A code already recorded updates that"
          + " action; a new code adds one. Leave it empty on a milestone row."),
  TITLE("title", "Required", "The action's or milestone's name, up to 300 characters."),
  DESCRIPTION("description", "Optional", "More about the action, up to 4,000 characters."),
  FRAMEWORK_ITEM(
      "framework_item",
      "Optional",
      "The code of the framework item the action delivers, for example P3, as shown under Golden"
          + " thread."),
  LEAD_OFFICER(
      "lead_officer",
      "Required for an action",
      "The email address or full name of the lead officer, as recorded under People."),
  ACCOUNTABLE(
      "accountable",
      "Optional",
      "The email address or full name of the person accountable, as recorded under People."),
  START_DATE("start_date", "Optional", "The date work starts, like 2026-04-01 or 01/04/2026."),
  DUE_DATE(
      "due_date",
      "Required for a new milestone",
      "The date the action or milestone is due, like 2027-03-31 or 31/03/2027. An action with no"
          + " due date is never overdue. A milestone cannot be due after its action."),
  PERCENT_COMPLETE(
      "percent_complete",
      "Optional",
      "A whole number from 0 to 100, like 50 or 50%. Empty means 0."),
  STATUS(
      "status",
      "Optional",
      "The lead officer's assessment: Blue (completed), Green (on course), Amber (achievement in"
          + " question) or Red (not achieved, or will not be achieved). It is recorded as this"
          + " quarter's progress update. Empty means not yet assessed."),
  COMPLETED_DATE(
      "completed_date",
      "Optional",
      "The date the action or milestone was completed. An action with a completion date is Blue."),
  COMMENTARY(
      "commentary",
      "Required for Amber and Red",
      "How the action is going, up to 4,000 characters. Amber and Red need commentary saying what"
          + " has gone wrong."),
  REMEDIAL_ACTION(
      "remedial_action", "Optional", "What will be done to bring the action back on course."),
  KIND("kind", "Optional", "action or project. Empty means action."),
  DECISION(
      "decision",
      "Optional",
      "The minute reference of the committee decision the action arises from, as recorded in the"
          + " decisions register."),
  ORG_UNIT(
      "org_unit",
      "Optional",
      "The code or name of the directorate or service the action belongs to. Empty means the lead"
          + " officer's own."),
  MILESTONE_OF(
      "milestone_of",
      "Required for a milestone",
      "On a milestone row, the code of its action: one in the file or already recorded. A"
          + " milestone row takes only title, due_date, completed_date and depends_on; a title"
          + " already recorded for that action updates the milestone."),
  DEPENDS_ON(
      "depends_on",
      "Optional",
      "On a milestone row, the title of another milestone of the same action that must be done"
          + " first."),
  SUGGESTED_STATUS(
      "suggested_status", "Ignored", "Written by the export: the status Golden Thread suggests."),
  OVERDUE(
      "overdue", "Ignored", "Written by the export: yes if past its due date and not complete."),
  LAST_UPDATE(
      "last_update",
      "Ignored",
      "Written by the export: the quarter of the latest progress update.");

  private final String heading;
  private final String needed;
  private final String guidance;

  ActionColumn(String heading, String needed, String guidance) {
    this.heading = heading;
    this.needed = needed;
    this.guidance = guidance;
  }

  @Override
  public String heading() {
    return heading;
  }

  /** Only the columns every file needs: each action and each milestone has a title. */
  @Override
  public boolean required() {
    return this == CODE || this == TITLE;
  }

  /** When the column needs a value, as the import page lists it. */
  @Override
  public String needed() {
    return needed;
  }

  @Override
  public String guidance() {
    return guidance;
  }

  /** The column holding what a form field holds, for a refusal that names the field. */
  static ActionColumn forField(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "code" -> CODE;
      case "title" -> TITLE;
      case "description" -> DESCRIPTION;
      case "kind" -> KIND;
      case "frameworkItemId" -> FRAMEWORK_ITEM;
      case "decisionId" -> DECISION;
      case "leadOfficerId" -> LEAD_OFFICER;
      case "accountableId" -> ACCOUNTABLE;
      case "orgUnitId" -> ORG_UNIT;
      case "startDate" -> START_DATE;
      case "dueDate" -> DUE_DATE;
      case "percentComplete" -> PERCENT_COMPLETE;
      case "status" -> STATUS;
      case "completedOn" -> COMPLETED_DATE;
      case "commentary" -> COMMENTARY;
      case "remedialAction" -> REMEDIAL_ACTION;
      case "dependsOnId" -> DEPENDS_ON;
      default -> null;
    };
  }

  /** Written by the export for people to read, and passed over by the import. */
  boolean readOnly() {
    return "Ignored".equals(needed);
  }
}
