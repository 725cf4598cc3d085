package org.goldenthread.action.imports;

import static org.goldenthread.shared.Text.blankToNull;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.action.Schedule;
import org.goldenthread.action.imports.ActionRowCheck.ActionRow;
import org.goldenthread.action.imports.ActionRowCheck.Existing;
import org.goldenthread.action.imports.ActionRowCheck.Progress;
import org.goldenthread.shared.RuleViolationsException;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.SheetRow;

/** Reads one action row, noting every problem in it, and checks its progress by the BRAG rules. */
final class ActionRowReader {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final SheetRow row;
  private final ActionNames names;
  private final Validator validator;
  private final LocalDate today;

  ActionRowReader(SheetRow row, ActionNames names, Validator validator, LocalDate today) {
    this.row = row;
    this.names = names;
    this.validator = validator;
    this.today = today;
  }

  /** The row's action, updating {@code known} if it is recorded; null if the row has problems. */
  ActionRow read(Existing known) {
    String code = row.text(ActionColumns.CODE);
    if (code.isEmpty()) {
      row.problem(
          ActionColumns.CODE,
          "Enter the action's code, for example ACT-101. If this row is a milestone, enter the"
              + " code of its action under milestone_of instead.");
    }
    ActionForm base = known == null ? ActionForm.blank(null, null) : known.form();
    String title = row.text(ActionColumns.TITLE);
    if (title.isEmpty()) {
      row.problem(ActionColumns.TITLE, "Enter the action's title.");
    }
    String description =
        row.has(ActionColumns.DESCRIPTION)
            ? blankToNull(row.text(ActionColumns.DESCRIPTION))
            : base.description();
    ActionKind kind = row.has(ActionColumns.KIND) ? row.value(ActionColumns.KIND) : base.kind();
    Long item = row.lookUpOr(ActionColumns.FRAMEWORK_ITEM, names::item, base.frameworkItemId());
    Long decision =
        row.lookUpOr(
            ActionColumns.DECISION, t -> names.decision(t, base.decisionId()), base.decisionId());
    Long lead = row.lookUpOr(ActionColumns.LEAD_OFFICER, names::person, base.leadOfficerId());
    if (lead == null && !row.faulty(ActionColumns.LEAD_OFFICER)) {
      row.problem(
          ActionColumns.LEAD_OFFICER,
          "Enter the lead officer's email address or full name, as recorded under People.");
    }
    Long accountable = row.lookUpOr(ActionColumns.ACCOUNTABLE, names::person, base.accountableId());
    Long unit =
        row.lookUpOr(
            ActionColumns.ORG_UNIT, t -> names.unit(t, base.orgUnitId()), base.orgUnitId());
    if (unit == null && lead != null && (known == null || row.has(ActionColumns.ORG_UNIT))) {
      unit = names.unitOfPerson().get(lead);
    }
    LocalDate start =
        row.has(ActionColumns.START_DATE) ? row.value(ActionColumns.START_DATE) : base.startDate();
    LocalDate due =
        row.has(ActionColumns.DUE_DATE) ? row.value(ActionColumns.DUE_DATE) : base.dueDate();
    if (start != null && due != null && due.isBefore(start)) {
      row.problem(
          ActionColumns.DUE_DATE,
          "The due date cannot be before the start date of " + DAY.format(start) + ".");
    }
    if (!row.text(ActionColumns.DEPENDS_ON).isEmpty()) {
      row.problem(
          ActionColumns.DEPENDS_ON,
          "Only a milestone waits on another milestone. Leave depends_on empty on an action's row,"
              + " or, if this row is a milestone, enter its action's code under milestone_of.");
    }
    Progress progress = progress(known, start, due);
    ActionForm form =
        new ActionForm(
            code,
            title,
            description,
            kind,
            item,
            decision,
            lead,
            accountable,
            unit,
            start,
            due,
            base.version());
    boolean changed = !form.equals(normal(base));
    if (changed) {
      checkAsTheFormDoes(form);
    }
    if (row.hasProblems()) {
      return null;
    }
    return new ActionRow(row.number(), known == null ? null : known.id(), form, changed, progress);
  }

  /**
   * The checks the action's own form makes on its code, title and description, for a row that
   * changes them; a cell already found wrong is not reported twice.
   */
  private void checkAsTheFormDoes(ActionForm form) {
    for (String field : List.of("code", "title", "description")) {
      Column<?> column = ActionColumns.forField(field);
      if (!row.faulty(column)) {
        validator
            .validateProperty(form, field)
            .forEach(v -> row.problem(column, sentence(v.getMessage())));
      }
    }
  }

  /** The recorded form as a file would give it back: text trimmed, empty text none. */
  private static ActionForm normal(ActionForm f) {
    return new ActionForm(
        f.code(),
        f.title() == null ? null : f.title().trim(),
        blankToNull(f.description()),
        f.kind(),
        f.frameworkItemId(),
        f.decisionId(),
        f.leadOfficerId(),
        f.accountableId(),
        f.orgUnitId(),
        f.startDate(),
        f.dueDate(),
        f.version());
  }

  /**
   * The row's progress if it differs from what is recorded (null if not), checked by the BRAG
   * rules. A completion date with no status means the action is complete: Blue.
   */
  private Progress progress(Existing known, LocalDate start, LocalDate due) {
    Progress base = known == null ? Progress.NONE : known.progress();
    Integer percent =
        row.has(ActionColumns.PERCENT_COMPLETE)
            ? row.value(ActionColumns.PERCENT_COMPLETE)
            : Integer.valueOf(base.percent());
    Brag status = row.has(ActionColumns.STATUS) ? row.value(ActionColumns.STATUS) : base.status();
    LocalDate completed =
        row.has(ActionColumns.COMPLETED_DATE)
            ? row.value(ActionColumns.COMPLETED_DATE)
            : base.completedOn();
    String commentary = row.valueOr(ActionColumns.COMMENTARY, base.commentary());
    String remedy = row.valueOr(ActionColumns.REMEDIAL_ACTION, base.remedialAction());
    if (row.hasProblems()) {
      return null;
    }
    if (status == null && completed != null) {
      status = Brag.BLUE;
    }
    Progress said = new Progress(percent, status, completed, commentary, remedy);
    if (said.normal().equals(base.normal())) {
      return null;
    }
    if (status == null) {
      if (base.status() != null) {
        row.problem(
            ActionColumns.STATUS,
            "This action was last assessed as "
                + base.status().label()
                + ". Enter its status now (Blue, Green, Amber or Red): an assessment can be"
                + " changed but not taken back.");
      }
      return said;
    }
    try {
      BragRules.check(
          said.assessment(), new Schedule(start, due, percent, completed, List.of()), today, false);
    } catch (RuleViolationsException refused) {
      refused
          .problems()
          .forEach(
              (field, message) -> row.problem(ActionColumns.forField(field), sentence(message)));
    }
    return said;
  }

  /** The rules' messages are written for a form, without a full stop; the report has one. */
  static String sentence(String message) {
    return message.endsWith(".") ? message : message + ".";
  }
}
