package org.goldenthread.action.imports;

import java.time.LocalDate;
import java.util.Map;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.Brag;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Limits;
import org.goldenthread.spreadsheet.Parser;
import org.goldenthread.spreadsheet.SheetLayout;

/**
 * The columns of an actions file, in the order an export writes them. A row is an action, or (when
 * {@code milestone_of} names an action) one of that action's milestones. Only code and title are
 * needed in every file: each action and each milestone has a title.
 */
public final class ActionColumns {

  private static final String FOR_AN_ACTION = "Required for an action";

  static final Column<String> CODE =
      Column.required(
              "code",
              "A short reference for the action, for example ACT-101: letters, numbers, dots,"
                  + " slashes, hyphens and underscores, up to 30 characters. A code already"
                  + " recorded updates that action; a new code adds one. Leave it empty on a"
                  + " milestone row.")
          .needed(FOR_AN_ACTION);
  static final Column<String> TITLE =
      Column.required("title", "The action's or milestone's name, up to 300 characters.");
  static final Column<String> DESCRIPTION =
      Column.optional("description", "More about the action, up to 4,000 characters.");
  static final Column<String> FRAMEWORK_ITEM =
      Column.optional(
          "framework_item",
          "The code of the framework item the action delivers, for example P3, as shown under"
              + " Golden thread.");
  static final Column<String> LEAD_OFFICER =
      Column.optional(
              "lead_officer",
              "The email address or full name of the lead officer, as recorded under People.")
          .needed(FOR_AN_ACTION);
  static final Column<String> ACCOUNTABLE =
      Column.optional(
          "accountable",
          "The email address or full name of the person accountable, as recorded under People.");
  static final Column<LocalDate> START_DATE =
      Column.optional("start_date", "The date work starts, like 2026-04-01 or 01/04/2026.")
          .parsed(text -> ActionFileValues.date(text, "start date"))
          .dates();
  static final Column<LocalDate> DUE_DATE =
      Column.optional(
              "due_date",
              "The date the action or milestone is due, like 2027-03-31 or 31/03/2027. An action"
                  + " with no due date is never overdue. A milestone cannot be due after its"
                  + " action.")
          .needed("Required for a new milestone")
          .parsed(text -> ActionFileValues.date(text, "due date"))
          .dates();
  static final Column<Integer> PERCENT_COMPLETE =
      Column.optional(
              "percent_complete", "A whole number from 0 to 100, like 50 or 50%. Empty means 0.")
          .parsed(ActionFileValues::percent)
          .numbers();
  static final Column<Brag> STATUS =
      Column.optional(
              "status",
              "The lead officer's assessment: Blue (completed), Green (on course), Amber"
                  + " (achievement in question) or Red (not achieved, or will not be achieved)."
                  + " It is recorded as this quarter's progress update. Empty means not yet"
                  + " assessed.")
          .parsed(ActionFileValues::status);
  static final Column<LocalDate> COMPLETED_DATE =
      Column.optional(
              "completed_date",
              "The date the action or milestone was completed. An action with a completion date"
                  + " is Blue.")
          .parsed(text -> ActionFileValues.date(text, "completion date"))
          .dates();
  static final Column<String> COMMENTARY =
      Column.optional(
              "commentary",
              "How the action is going, up to 4,000 characters. Amber and Red need commentary"
                  + " saying what has gone wrong.")
          .needed("Required for Amber and Red")
          .parsed(Parser.text("commentary", 4_000));
  static final Column<String> REMEDIAL_ACTION =
      Column.optional("remedial_action", "What will be done to bring the action back on course.");
  static final Column<ActionKind> KIND =
      Column.optional("kind", "action or project. Empty means action.")
          .parsed(
              ActionFileValues.KINDS.orElse(
                  ActionKind.ACTION, "is not a kind of action. Enter action or project."));
  static final Column<String> DECISION =
      Column.optional(
          "decision",
          "The minute reference of the committee decision the action arises from, as recorded in"
              + " the decisions register.");
  static final Column<String> ORG_UNIT =
      Column.optional(
          "org_unit",
          "The code or name of the directorate or service the action belongs to. Empty means the"
              + " lead officer's own.");
  static final Column<String> MILESTONE_OF =
      Column.optional(
              "milestone_of",
              "On a milestone row, the code of its action: one in the file or already recorded. A"
                  + " milestone row takes only title, due_date, completed_date and depends_on; a"
                  + " title already recorded for that action updates the milestone.")
          .needed("Required for a milestone");
  static final Column<String> DEPENDS_ON =
      Column.optional(
          "depends_on",
          "On a milestone row, the title of another milestone of the same action that must be"
              + " done first.");
  static final Column<String> SUGGESTED_STATUS =
      Column.optional(
              "suggested_status", "Written by the export: the status Golden Thread suggests.")
          .ignored();
  static final Column<String> OVERDUE =
      Column.optional(
              "overdue", "Written by the export: yes if past its due date and not complete.")
          .ignored();
  static final Column<String> LAST_UPDATE =
      Column.optional(
              "last_update", "Written by the export: the quarter of the latest progress update.")
          .ignored();

  public static final SheetLayout LAYOUT =
      SheetLayout.of(
              "Actions and milestones",
              "action",
              new Limits(
                  10L * 1024 * 1024,
                  5_000,
                  "The file has more than 5,000 rows. Split it into smaller files and import them"
                      + " one after another.",
                  Limits.SPLIT),
              CODE,
              TITLE,
              DESCRIPTION,
              FRAMEWORK_ITEM,
              LEAD_OFFICER,
              ACCOUNTABLE,
              START_DATE,
              DUE_DATE,
              PERCENT_COMPLETE,
              STATUS,
              COMPLETED_DATE,
              COMMENTARY,
              REMEDIAL_ACTION,
              KIND,
              DECISION,
              ORG_UNIT,
              MILESTONE_OF,
              DEPENDS_ON,
              SUGGESTED_STATUS,
              OVERDUE,
              LAST_UPDATE)
          .eachRow("action, and one for each milestone")
          .example(
              Map.of(
                  CODE, "ACT-101",
                  TITLE, "Open the new customer contact centre",
                  LEAD_OFFICER, "priya.shah@example.gov.uk",
                  START_DATE, "01/04/2026",
                  DUE_DATE, "31/03/2027",
                  PERCENT_COMPLETE, "25",
                  STATUS, "Green",
                  KIND, "project"))
          .example(Map.of(TITLE, "Staff trained", DUE_DATE, "30/09/2026", MILESTONE_OF, "ACT-101"));

  private ActionColumns() {}

  /** The column holding what a form field holds, for a refusal that names the field. */
  static Column<?> forField(String field) {
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
}
