package org.goldenthread.action.imports;

import static org.goldenthread.shared.Text.blankToNull;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.spreadsheet.Checked;
import org.goldenthread.spreadsheet.Headings;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.SheetRow;
import org.goldenthread.spreadsheet.Table;

/**
 * Checks an actions file row by row against what is recorded, and says what each row would change,
 * or lists every problem in the file: the all-or-nothing rule rests on this, as nothing is saved
 * unless it finds nothing wrong. The BRAG rules are applied here, to every row, before anything is
 * written. Plain Java, so each rule is tested directly.
 *
 * <p>A column left out of the file leaves that part of an existing action as it is; a column
 * present but empty means "none" (or the default).
 */
final class ActionRowCheck {

  /** How far an action has got and how it is going, as last reported or as a row says. */
  record Progress(
      int percent, Brag status, LocalDate completedOn, String commentary, String remedialAction) {

    static final Progress NONE = new Progress(0, null, null, null, null);

    static Progress of(Action a) {
      return new Progress(
          a.getPercentComplete(),
          a.getStatus(),
          a.getCompletedOn(),
          a.getCommentary(),
          a.getRemedialAction());
    }

    /** As it would be kept: a completed action is 100% complete, and empty text is none. */
    Progress normal() {
      return new Progress(
          completedOn != null || status == Brag.BLUE ? 100 : percent,
          status,
          completedOn,
          blankToNull(commentary),
          blankToNull(remedialAction));
    }

    BragRules.Assessment assessment() {
      return new BragRules.Assessment(status, percent, completedOn, commentary, remedialAction);
    }
  }

  /** A milestone, as recorded or as a row has it; it may wait on another, named by title. */
  record MilestoneState(String title, LocalDate due, LocalDate completedOn, String dependsOn) {}

  /** An action already recorded, as the check needs to know it. */
  record Existing(long id, ActionForm form, Progress progress, List<MilestoneState> milestones) {

    static Existing of(Action a) {
      return new Existing(
          a.getId(),
          ActionForm.of(a),
          Progress.of(a),
          a.getMilestones().stream()
              .map(
                  m ->
                      new MilestoneState(
                          m.getTitle(),
                          m.getDueDate(),
                          m.getCompletedOn(),
                          m.getDependsOn() == null ? null : m.getDependsOn().getTitle()))
              .toList());
    }
  }

  /**
   * One action row: the action it updates (null for a new one), the form to save, whether that
   * changes anything, and its progress (null when as recorded).
   */
  record ActionRow(
      int row, Long existingId, ActionForm form, boolean formChanged, Progress progress) {

    /** True when the row records a self-assessment, which becomes this quarter's update. */
    boolean assessed() {
      return progress != null && progress.status() != null;
    }

    boolean changes() {
      return existingId == null || formChanged || progress != null;
    }
  }

  /** One milestone row: the action's code, the milestone as the row has it, and if it changes. */
  record MilestoneRow(int row, String actionCode, MilestoneState milestone, boolean changes) {}

  record Result(List<ActionRow> actions, List<MilestoneRow> milestones, List<Problem> problems)
      implements Checked {}

  private final Map<String, Existing> existing = new LinkedHashMap<>();
  private final ActionNames names;
  private final Validator validator;
  private final LocalDate today;

  /** {@code validator}: for the checks the action form makes on text, as the page does. */
  ActionRowCheck(
      Map<String, Existing> existingByCode,
      ActionNames names,
      Validator validator,
      LocalDate today) {
    existingByCode.forEach((code, e) -> existing.put(key(code), e));
    this.names = names;
    this.validator = validator;
    this.today = today;
  }

  Result check(Table table) {
    Problems problems = new Problems();
    Headings headings = Headings.read(table, ActionColumns.LAYOUT, problems);
    if (headings == null) {
      return refused(problems);
    }
    Map<String, List<Integer>> rowsByCode = new LinkedHashMap<>();
    Map<String, ActionRow> actions = new LinkedHashMap<>();
    List<Table.Row> milestoneRows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      if (headings.unheadedValue(row)) {
        problems.at(row.number(), null, SheetRow.UNHEADED);
      }
      if (!headings.value(row, ActionColumns.MILESTONE_OF).isEmpty()) {
        milestoneRows.add(row);
        continue;
      }
      String code = headings.value(row, ActionColumns.CODE);
      if (!code.isEmpty()) {
        rowsByCode.computeIfAbsent(key(code), k -> new ArrayList<>()).add(row.number());
      }
      ActionRow read =
          new ActionRowReader(headings.row(row, problems), names, validator, today)
              .read(existing.get(key(code)));
      if (read != null) {
        actions.putIfAbsent(key(code), read);
      }
    }
    problems.repeated(
        rowsByCode,
        ActionColumns.CODE,
        others ->
            "The code is also used on "
                + others
                + ". Each action needs one row; its milestones go on rows of their own.");
    List<MilestoneRow> milestones =
        new MilestoneCheck(headings, problems, today)
            .check(milestoneRows, actionsAfter(rowsByCode.keySet(), actions));
    return problems.any()
        ? refused(problems)
        : new Result(List.copyOf(actions.values()), milestones, List.of());
  }

  /**
   * Each action a milestone row may name, as it will be: its code, its due date (null if its row is
   * in error) and its milestones already recorded.
   */
  private Map<String, MilestoneCheck.Target> actionsAfter(
      Iterable<String> codesInFile, Map<String, ActionRow> read) {
    Map<String, MilestoneCheck.Target> targets = new LinkedHashMap<>();
    existing.forEach(
        (code, e) ->
            targets.put(
                code,
                new MilestoneCheck.Target(e.form().code(), e.form().dueDate(), e.milestones())));
    for (String code : codesInFile) {
      ActionRow row = read.get(code);
      Existing known = existing.get(code);
      targets.put(
          code,
          new MilestoneCheck.Target(
              row == null ? code : row.form().code(),
              row == null ? null : row.form().dueDate(),
              known == null ? List.of() : known.milestones()));
    }
    return targets;
  }

  private static Result refused(Problems problems) {
    return new Result(List.of(), List.of(), problems.list());
  }

  static String key(String code) {
    return code == null ? "" : code.trim().toLowerCase(Locale.UK);
  }
}
