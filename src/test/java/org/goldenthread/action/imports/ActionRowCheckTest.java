package org.goldenthread.action.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.Brag;
import org.goldenthread.action.imports.ActionRowCheck.ActionRow;
import org.goldenthread.action.imports.ActionRowCheck.MilestoneState;
import org.goldenthread.action.imports.ActionRowCheck.Progress;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.SheetReader;
import org.junit.jupiter.api.Test;

class ActionRowCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 9);
  private static final String HEAD =
      "code,title,lead_officer,start_date,due_date,percent_complete,status,completed_date,"
          + "commentary,milestone_of,depends_on\n";

  private final ActionForm recordedForm =
      new ActionForm(
          "ACT-1",
          "Open the contact centre",
          null,
          ActionKind.PROJECT,
          20L,
          null,
          7L,
          null,
          70L,
          LocalDate.of(2026, 4, 1),
          LocalDate.of(2027, 3, 31),
          4L);

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private final ActionRowCheck check =
      new ActionRowCheck(
          Map.of(
              "ACT-1",
              new ActionRowCheck.Existing(
                  99,
                  recordedForm,
                  new Progress(40, Brag.GREEN, null, "Going well", null),
                  List.of(
                      new MilestoneState("Site found", LocalDate.of(2026, 6, 30), null, null),
                      new MilestoneState(
                          "Staff trained", LocalDate.of(2026, 9, 30), null, "Site found")))),
          new ActionNames(
              new PersonFinder(
                  List.of(
                      new PersonFinder.KnownPerson(7, "Priya Shah", "priya.shah@example.gov.uk"),
                      new PersonFinder.KnownPerson(8, "Sam Jones", "sam@example.gov.uk"),
                      new PersonFinder.KnownPerson(9, "Sam Jones", "sam.j@example.gov.uk"))),
              Map.of(7L, 70L, 8L, 80L),
              Map.of("P1", 20L),
              List.of(new ActionNames.KnownDecision(30, "CAB 42/26")),
              List.of(
                  new ActionNames.KnownUnit(70, "REVBEN", "Revenues and Benefits"),
                  new ActionNames.KnownUnit(80, "FIN", "Finance"))),
          VALIDATOR,
          TODAY);

  private ActionRowCheck.Result check(String csv) {
    return check.check(
        new SheetReader(ActionColumns.LAYOUT.limits()).read(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> messages(ActionRowCheck.Result result) {
    return result.problems().stream().map(Problem::message).toList();
  }

  @Test
  void readsNewActionsWithHeadingsInAnyCaseAndDatesInEitherOrder() {
    var result =
        check(
            "Code,Title,Lead Officer,Due Date,Start_Date,Percent complete,Framework item,Kind,"
                + "Decision,Org unit,Accountable\n"
                + "ACT-2,Review fees,Priya Shah,31/03/2027,2026-04-01,50%,P1,project,cab 42/26,"
                + "finance,sam@example.gov.uk\n");

    assertThat(result.problems()).isEmpty();
    ActionRow row = result.actions().get(0);
    assertThat(row.existingId()).isNull();
    assertThat(row.form())
        .isEqualTo(
            new ActionForm(
                "ACT-2",
                "Review fees",
                null,
                ActionKind.PROJECT,
                20L,
                30L,
                7L,
                8L,
                80L,
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31),
                null));
    assertThat(row.progress()).isEqualTo(new Progress(50, null, null, null, null));
    assertThat(row.assessed()).isFalse();
  }

  @Test
  void aNewActionWithNoUnitBelongsToItsLeadOfficersUnit() {
    var result =
        check("code,title,lead_officer,due_date\nACT-2,Review fees,Priya Shah,2027-03-31\n");

    assertThat(result.actions().get(0).form().orgUnitId()).isEqualTo(70L);
    assertThat(result.actions().get(0).progress()).isNull();
  }

  @Test
  void greyAndNotStartedMeanNotYetAssessedAndAnActionMayHaveNoDueDate() {
    var result =
        check(
            "code,title,lead_officer,due_date,status\n"
                + "ACT-5,Review fees,Priya Shah,,gry\n"
                + "ACT-6,Review charges,Priya Shah,2027-03-31,Not started\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.actions()).hasSize(2);
    assertThat(result.actions().get(0).form().dueDate()).isNull();
    assertThat(result.actions()).allSatisfy(a -> assertThat(a.progress()).isNull());
  }

  @Test
  void namesEveryMissingOrMalformedValueByRowAndColumn() {
    var result =
        check(
            HEAD
                + ",,,,,,,,Just a note,,\n"
                + "ACT-3,Fees,Nobody Known,2026-05-01,03/31/2027,150,purple,,,,\n"
                + "ACT-4,Fees,Sam Jones,,2027-03-31,12.5,,31/02/2026,,,\n");

    assertThat(result.actions()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            tuple(2, "code"),
            tuple(2, "title"),
            tuple(2, "lead_officer"),
            tuple(3, "lead_officer"),
            tuple(3, "due_date"),
            tuple(3, "percent_complete"),
            tuple(3, "status"),
            tuple(4, "lead_officer"),
            tuple(4, "percent_complete"),
            tuple(4, "completed_date"));
    assertThat(messages(result))
        .contains(
            "No one called \"Nobody Known\" is recorded under People. Use their full name as it is"
                + " recorded there, or their email address.",
            "\"03/31/2027\" is not a date. Enter the due date like 31/03/2026 (day, month, year) or"
                + " 2026-03-31.",
            "2 people called \"Sam Jones\" are recorded under People. Use the email address of the"
                + " one you mean.");
  }

  @Test
  void refusesTextTheActionsOwnFormWouldRefuse() {
    var result =
        check(
            "code,title,lead_officer,due_date,percent_complete\n"
                + "ACT 2!,%s,Priya Shah,2027-03-31,101\n".formatted("x".repeat(301)));

    assertThat(result.problems())
        .extracting(Problem::column, Problem::message)
        .containsExactlyInAnyOrder(
            tuple(
                "code",
                "Code must be letters, numbers, dots, slashes and hyphens, up to 30 characters."),
            tuple("title", "Title must be 300 characters or fewer."),
            tuple(
                "percent_complete",
                "The percentage complete must be a whole number from 0 to 100, like 50 or 50%, and"
                    + " \"101\" is not."));
  }

  @Test
  void refusesUnknownColumnsNamingThemAndPassesOverTheExportsOwnColumns() {
    var result = check("code,title,due_date,owner,RAG\nACT-2,Fees,2027-03-31,Priya Shah,Green\n");

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(tuple(1, "owner"), tuple(1, "RAG"));
    assertThat(messages(result).get(0)).startsWith("\"owner\" is not a column the import uses.");

    var exported =
        check(
            "code,title,lead_officer,due_date,suggested_status,overdue,last_update\n"
                + "ACT-2,Fees,Priya Shah,2027-03-31,Red,yes,2026/27 Q2\n");
    assertThat(exported.problems()).isEmpty();
  }

  @Test
  void refusesACodeUsedTwiceOnEveryRowWithIt() {
    var result =
        check(
            "code,title,lead_officer,due_date\n"
                + "ACT-2,Fees,Priya Shah,2027-03-31\n"
                + "act-2,Charges,Priya Shah,2027-03-31\n");

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "code",
                "The code is also used on row 3. Each action needs one row; its milestones go on"
                    + " rows of their own."),
            tuple(
                3,
                "code",
                "The code is also used on row 2. Each action needs one row; its milestones go on"
                    + " rows of their own."));
  }

  @Test
  void appliesTheBragRulesToEveryRowNamingTheColumn() {
    var result =
        check(
            HEAD
                + "A-1,Blue with no date,Priya Shah,,2027-03-31,100,Blue,,,,\n"
                + "A-2,Green and late,Priya Shah,,2026-10-31,60,Green,,,,\n"
                + "A-3,Amber unexplained,Priya Shah,,2027-03-31,10,Amber,,,,\n"
                + "A-4,Done but Green,Priya Shah,,2027-03-31,100,Green,2026-10-01,,,\n"
                + "A-5,Done in future,Priya Shah,,2027-03-31,100,Blue,2026-12-01,,,\n"
                + "A-6,Red explained,Priya Shah,,2026-10-31,60,Red,,Contractor failed,,\n"
                + "A-7,Due today and Green,Priya Shah,,2026-11-09,60,grn,,,,\n");

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            tuple(2, "completed_date"),
            tuple(3, "status"),
            tuple(4, "commentary"),
            tuple(5, "status"),
            tuple(6, "completed_date"));
    assertThat(messages(result))
        .contains(
            "Blue means completed: enter the date the action was completed.",
            "Amber needs commentary saying what has gone wrong.");
    assertThat(messages(result).get(1))
        .startsWith("This action was due on 31 October 2026 and is not complete");
  }

  @Test
  void aCompletionDateWithNoStatusIsBlue() {
    var result =
        check(
            "code,title,lead_officer,due_date,percent_complete,status,completed_date\n"
                + "A-1,Done,Priya Shah,2026-10-31,0,,2026-10-20\n");

    assertThat(result.problems()).isEmpty();
    ActionRow row = result.actions().get(0);
    assertThat(row.assessed()).isTrue();
    assertThat(row.progress().status()).isEqualTo(Brag.BLUE);
  }

  @Test
  void aRowAsRecordedChangesNothing() {
    var result =
        check(
            "code,title,description,kind,framework_item,lead_officer,org_unit,start_date,due_date,"
                + "percent_complete,status,completed_date,commentary,remedial_action,decision,"
                + "accountable\n"
                + "ACT-1,Open the contact centre,,project,P1,priya.shah@example.gov.uk,REVBEN,"
                + "2026-04-01,2027-03-31,40,Green,,Going well,,,\n");

    assertThat(result.problems()).isEmpty();
    ActionRow row = result.actions().get(0);
    assertThat(row.existingId()).isEqualTo(99L);
    assertThat(row.formChanged()).isFalse();
    assertThat(row.progress()).isNull();
    assertThat(row.changes()).isFalse();
  }

  @Test
  void aColumnLeftOutLeavesThatPartAsRecorded() {
    var result =
        check(
            "code,title,due_date,percent_complete\n"
                + "ACT-1,Open the new contact centre,2027-03-31,60\n");

    assertThat(result.problems()).isEmpty();
    ActionRow row = result.actions().get(0);
    assertThat(row.formChanged()).isTrue();
    assertThat(row.form().leadOfficerId()).isEqualTo(7L);
    assertThat(row.form().kind()).isEqualTo(ActionKind.PROJECT);
    assertThat(row.form().version()).isEqualTo(4L);
    assertThat(row.progress()).isEqualTo(new Progress(60, Brag.GREEN, null, "Going well", null));
  }

  @Test
  void aFileWithoutDueDatesKeepsEachActionsDueDate() {
    var result = check("code,title,percent_complete\nACT-1,Open the contact centre,60\n");

    assertThat(result.problems()).isEmpty();
    ActionRow row = result.actions().get(0);
    assertThat(row.form().dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(row.form().startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(row.formChanged()).isFalse();
  }

  @Test
  void anOverdueActionCannotBeMadeGreenByAFileWithoutDueDates() {
    ActionRowCheck overdue =
        new ActionRowCheck(
            Map.of(
                "ACT-9",
                new ActionRowCheck.Existing(
                    98,
                    new ActionForm(
                        "ACT-9",
                        "Close the old ledger",
                        null,
                        ActionKind.ACTION,
                        null,
                        null,
                        7L,
                        null,
                        70L,
                        null,
                        LocalDate.of(2026, 3, 31),
                        0L),
                    new Progress(30, Brag.RED, null, "Late", "Escalated"),
                    List.of())),
            new ActionNames(new PersonFinder(List.of()), Map.of(), Map.of(), List.of(), List.of()),
            VALIDATOR,
            TODAY);
    var result =
        overdue.check(
            new SheetReader(ActionColumns.LAYOUT.limits())
                .read(
                    "code,title,percent_complete,status\nACT-9,Close the old ledger,40,Green\n"
                        .getBytes(StandardCharsets.UTF_8)));

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(tuple(2, "status"));
    assertThat(messages(result).get(0)).contains("cannot be Green");
  }

  @Test
  void aMilestoneRowWithoutADueDateColumnKeepsTheRecordedDate() {
    var result =
        check(
            "code,title,milestone_of,completed_date\n"
                + ",Site found,ACT-1,2026-06-20\n"
                + ",Brand new,ACT-1,\n");

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(tuple(3, "due_date"));
    assertThat(messages(result).get(0))
        .isEqualTo(
            "\"Brand new\" is a new milestone of ACT-1, so it needs a due date: add a"
                + " due_date column.");

    var kept = check("code,title,milestone_of,completed_date\n,Site found,ACT-1,2026-06-20\n");
    assertThat(kept.problems()).isEmpty();
    assertThat(kept.milestones().get(0).milestone())
        .isEqualTo(
            new MilestoneState(
                "Site found", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 20), null));
  }

  @Test
  void anAssessmentCannotBeTakenBack() {
    var result =
        check(
            "code,title,lead_officer,due_date,percent_complete,status\n"
                + "ACT-1,Open the contact centre,Priya Shah,2027-03-31,60,\n");

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(tuple(2, "status"));
    assertThat(messages(result).get(0)).startsWith("This action was last assessed as Green.");
  }

  @Test
  void readsMilestonesOfActionsInTheFileOrRecorded() {
    var result =
        check(
            HEAD
                + ",Scope agreed,,,2027-01-31,,,2026-11-01,,ACT-2,\n"
                + "ACT-2,Review fees,Priya Shah,,2027-03-31,,,,,,\n"
                + ",Fees published,,,2027-03-01,,,,,act-2,scope agreed\n"
                + ",Staff trained,,,2026-10-31,,,,,ACT-1,Site found\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.milestones())
        .extracting(ActionRowCheck.MilestoneRow::row, r -> r.milestone().title(), r -> r.changes())
        .containsExactly(
            tuple(2, "Scope agreed", true),
            tuple(4, "Fees published", true),
            tuple(5, "Staff trained", true));
    assertThat(result.milestones().get(2).actionCode()).isEqualTo("ACT-1");
  }

  @Test
  void refusesMilestonesThatBreakTheRules() {
    var result =
        check(
            HEAD
                + ",Lost,,,2027-01-31,,,,,NOPE,\n"
                + ",Late,,,2027-05-31,,,,,ACT-1,\n"
                + ",With a status,,,2027-01-31,,Green,,,ACT-1,\n"
                + ",Waits on nothing,,,2027-01-31,,,,,ACT-1,Not there\n"
                + ",Loop one,,,2027-01-31,,,,,ACT-1,Loop two\n"
                + ",Loop two,,,2027-01-31,,,,,ACT-1,Loop one\n"
                + ",Site found,,,2026-06-30,,,,,ACT-1,\n"
                + ",Staff trained,,,2026-09-30,,,2026-10-01,,ACT-1,Site found\n"
                + ",Early,,,2026-05-01,,,,,ACT-1,Site found\n");

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            tuple(2, "milestone_of"),
            tuple(3, "due_date"),
            tuple(4, "status"),
            tuple(5, "depends_on"),
            tuple(6, "depends_on"),
            tuple(7, "depends_on"),
            tuple(9, "completed_date"),
            tuple(10, "due_date"));
    assertThat(messages(result))
        .contains(
            "A milestone cannot be due after its action, and ACT-1 is due on 31 March 2027.",
            "This milestone is part of a loop: Loop one → Loop two → Loop one. Each waits on the"
                + " next, so none could be done. Remove one of these links.",
            "This milestone waits on \"Site found\", which is not done. Enter that one's completion"
                + " date too, or leave this one empty.");
  }

  @Test
  void aMilestoneRowAsRecordedIsLeftAloneEvenIfItsActionIsNowDueEarlier() {
    var result =
        check(
            "code,title,due_date,milestone_of,depends_on\n"
                + "ACT-1,Open the contact centre,2026-08-31,,\n"
                + ",Staff trained,2026-09-30,ACT-1,Site found\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.milestones())
        .singleElement()
        .satisfies(m -> assertThat(m.changes()).isFalse());
  }

  @Test
  void reopeningAMilestoneThatAnotherDoneOneWaitsOnIsRefused() {
    ActionRowCheck recorded =
        new ActionRowCheck(
            Map.of(
                "ACT-1",
                new ActionRowCheck.Existing(
                    99,
                    recordedForm,
                    Progress.NONE,
                    List.of(
                        new MilestoneState(
                            "Site found",
                            LocalDate.of(2026, 6, 30),
                            LocalDate.of(2026, 6, 1),
                            null),
                        new MilestoneState(
                            "Staff trained",
                            LocalDate.of(2026, 9, 30),
                            LocalDate.of(2026, 9, 1),
                            "Site found")))),
            new ActionNames(new PersonFinder(List.of()), Map.of(), Map.of(), List.of(), List.of()),
            VALIDATOR,
            TODAY);

    var result =
        recorded.check(
            new SheetReader(ActionColumns.LAYOUT.limits())
                .read(
                    "title,due_date,completed_date,milestone_of,code\nSite found,2026-06-30,,ACT-1,\n"
                        .getBytes(StandardCharsets.UTF_8)));

    assertThat(result.problems())
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "completed_date",
                "\"Staff trained\" waits on this milestone and is already done, so this one needs"
                    + " its completion date."));
  }

  @Test
  void refusesAnEmptyFileAndOneWithHeadingsOnly() {
    assertThat(messages(check(""))).singleElement().asString().startsWith("The file is empty.");
    assertThat(messages(check("code,title,due_date\n")))
        .containsExactly(
            "The file has column headings but no actions below them. Add one row for each action,"
                + " and one for each milestone.");
  }
}
