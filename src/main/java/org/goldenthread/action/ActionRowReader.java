package org.goldenthread.action;

import static org.goldenthread.shared.Text.blankToNull;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.action.ActionRowCheck.ActionRow;
import org.goldenthread.action.ActionRowCheck.Existing;
import org.goldenthread.action.ActionRowCheck.Progress;
import org.goldenthread.framework.ImportHeadings;
import org.goldenthread.framework.ImportProblems;
import org.goldenthread.framework.ImportTable;
import org.goldenthread.shared.RuleViolationException;

/** Reads one action row, noting every problem in it, and checks its progress by the BRAG rules. */
final class ActionRowReader {

  private static final int MAX_TEXT = 4_000;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ImportTable.Row row;
  private final ImportHeadings<ActionColumn> headings;
  private final ImportProblems problems;
  private final ActionNames names;
  private final Validator validator;
  private final LocalDate today;
  private final int before;
  private final Set<ActionColumn> faulty = EnumSet.noneOf(ActionColumn.class);

  ActionRowReader(
      ImportTable.Row row,
      ImportHeadings<ActionColumn> headings,
      ImportProblems problems,
      ActionNames names,
      Validator validator,
      LocalDate today) {
    this.row = row;
    this.headings = headings;
    this.problems = problems;
    this.names = names;
    this.validator = validator;
    this.today = today;
    this.before = problems.count();
  }

  /** The row's action, updating {@code known} if it is recorded; null if the row has problems. */
  ActionRow read(Existing known) {
    String code = v(ActionColumn.CODE);
    if (code.isEmpty()) {
      problem(
          ActionColumn.CODE,
          "Enter the action's code, for example ACT-101. If this row is a milestone, enter the"
              + " code of its action under milestone_of instead.");
    }
    ActionForm base = known == null ? ActionForm.blank(null, null) : known.form();
    String title = v(ActionColumn.TITLE);
    if (title.isEmpty()) {
      problem(ActionColumn.TITLE, "Enter the action's title.");
    }
    String description =
        headings.has(ActionColumn.DESCRIPTION)
            ? blankToNull(v(ActionColumn.DESCRIPTION))
            : base.description();
    ActionKind kind =
        headings.has(ActionColumn.KIND)
            ? read(ActionColumn.KIND, ActionFileValues.kind(v(ActionColumn.KIND)))
            : base.kind();
    Long item = named(ActionColumn.FRAMEWORK_ITEM, names::item, base.frameworkItemId());
    Long decision =
        named(ActionColumn.DECISION, t -> names.decision(t, base.decisionId()), base.decisionId());
    Long lead = named(ActionColumn.LEAD_OFFICER, names::person, base.leadOfficerId());
    if (lead == null && !problemIn(ActionColumn.LEAD_OFFICER)) {
      problem(
          ActionColumn.LEAD_OFFICER,
          "Enter the lead officer's email address or full name, as recorded under People.");
    }
    Long accountable = named(ActionColumn.ACCOUNTABLE, names::person, base.accountableId());
    Long unit =
        named(ActionColumn.ORG_UNIT, t -> names.unit(t, base.orgUnitId()), base.orgUnitId());
    if (unit == null && lead != null && (known == null || headings.has(ActionColumn.ORG_UNIT))) {
      unit = names.unitOfPerson().get(lead);
    }
    LocalDate start =
        headings.has(ActionColumn.START_DATE)
            ? date(ActionColumn.START_DATE, "start date")
            : base.startDate();
    LocalDate due =
        headings.has(ActionColumn.DUE_DATE)
            ? date(ActionColumn.DUE_DATE, "due date")
            : base.dueDate();
    if (start != null && due != null && due.isBefore(start)) {
      problem(
          ActionColumn.DUE_DATE,
          "The due date cannot be before the start date of " + DAY.format(start) + ".");
    }
    if (!v(ActionColumn.DEPENDS_ON).isEmpty()) {
      problem(
          ActionColumn.DEPENDS_ON,
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
    if (problems.count() > before) {
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
      ActionColumn column = ActionColumn.forField(field);
      if (!problemIn(column)) {
        validator
            .validateProperty(form, field)
            .forEach(v -> problem(column, sentence(v.getMessage())));
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
        headings.has(ActionColumn.PERCENT_COMPLETE)
            ? read(
                ActionColumn.PERCENT_COMPLETE,
                ActionFileValues.percent(v(ActionColumn.PERCENT_COMPLETE)))
            : Integer.valueOf(base.percent());
    Brag status =
        headings.has(ActionColumn.STATUS)
            ? read(ActionColumn.STATUS, ActionFileValues.status(v(ActionColumn.STATUS)))
            : base.status();
    LocalDate completed =
        headings.has(ActionColumn.COMPLETED_DATE)
            ? date(ActionColumn.COMPLETED_DATE, "completion date")
            : base.completedOn();
    String commentary = text(ActionColumn.COMMENTARY, base.commentary());
    String remedy = text(ActionColumn.REMEDIAL_ACTION, base.remedialAction());
    if (problems.count() > before) {
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
        problem(
            ActionColumn.STATUS,
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
    } catch (RuleViolationException refused) {
      problem(ActionColumn.forField(refused.field()), sentence(refused.getMessage()));
    }
    return said;
  }

  /**
   * The record a column names, looked up by {@code lookUp}: none if the cell is empty, and as
   * recorded if the file has no such column.
   */
  private Long named(
      ActionColumn column, Function<String, ActionFileValues.Read<Long>> lookUp, Long unchanged) {
    if (!headings.has(column)) {
      return unchanged;
    }
    String text = v(column);
    return text.isEmpty() ? null : read(column, lookUp.apply(text));
  }

  private LocalDate date(ActionColumn column, String what) {
    return read(column, ActionFileValues.date(v(column), what));
  }

  private String text(ActionColumn column, String unchanged) {
    if (!headings.has(column)) {
      return unchanged;
    }
    String text = v(column);
    if (text.length() > MAX_TEXT) {
      problem(column, ImportProblems.tooLong(column.heading().replace('_', ' '), text, MAX_TEXT));
    }
    return blankToNull(text);
  }

  private <T> T read(ActionColumn column, ActionFileValues.Read<T> read) {
    if (read.problem() != null) {
      problem(column, read.problem());
    }
    return read.value();
  }

  private boolean problemIn(ActionColumn column) {
    return faulty.contains(column);
  }

  private String v(ActionColumn column) {
    return headings.value(row, column);
  }

  private void problem(ActionColumn column, String message) {
    if (column != null) {
      faulty.add(column);
    }
    problems.at(row.number(), column, message);
  }

  /** The rules' messages are written for a form, without a full stop; the report has one. */
  static String sentence(String message) {
    return message.endsWith(".") ? message : message + ".";
  }
}
