package org.goldenthread.action.imports;

import static org.goldenthread.shared.Text.blankToNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.action.imports.ActionRowCheck.MilestoneRow;
import org.goldenthread.action.imports.ActionRowCheck.MilestoneState;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Headings;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.SheetRow;
import org.goldenthread.spreadsheet.Table;

/**
 * Checks the milestone rows of an actions file: each names its action, and the milestones of each
 * action, as they will be once the file is in (recorded ones included), must keep the rules a
 * person meets on the action's page — not due after the action, not due before a milestone they
 * wait on, not done before it, and no milestone waiting on itself through others.
 */
final class MilestoneCheck {

  /** An action milestones may belong to: its code, due date (null if unknown), milestones. */
  record Target(String code, LocalDate due, List<MilestoneState> recorded) {}

  /** A milestone row as read; {@code state} is null when the row is in error. */
  private record Read(int row, String actionKey, MilestoneState state) {}

  private static final int MAX_TITLE = 300;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final Set<Column<?>> MILESTONE_COLUMNS =
      Set.of(
          ActionColumns.TITLE,
          ActionColumns.DUE_DATE,
          ActionColumns.COMPLETED_DATE,
          ActionColumns.MILESTONE_OF,
          ActionColumns.DEPENDS_ON);

  private final Headings headings;
  private final Problems problems;
  private final LocalDate today;

  MilestoneCheck(Headings headings, Problems problems, LocalDate today) {
    this.headings = headings;
    this.problems = problems;
    this.today = today;
  }

  /** The milestone rows, each with whether it changes anything; problems are noted. */
  List<MilestoneRow> check(List<Table.Row> rows, Map<String, Target> actions) {
    List<Read> read = new ArrayList<>();
    for (Table.Row row : rows) {
      read.add(read(row, actions));
    }
    Map<String, Map<String, List<Read>>> byAction = new LinkedHashMap<>();
    for (Read r : read) {
      if (r.actionKey() != null && r.state() != null) {
        byAction
            .computeIfAbsent(r.actionKey(), k -> new LinkedHashMap<>())
            .computeIfAbsent(key(r.state().title()), k -> new ArrayList<>())
            .add(r);
      }
    }
    List<MilestoneRow> checked = new ArrayList<>();
    byAction.forEach(
        (actionKey, rowsByTitle) -> {
          Target target = actions.get(actionKey);
          Map<String, MilestoneState> recorded = new LinkedHashMap<>();
          target.recorded().forEach(m -> recorded.put(key(m.title()), m));
          Map<String, MilestoneState> after = new LinkedHashMap<>(recorded);
          Map<String, Integer> rowOf = new LinkedHashMap<>();
          rowsByTitle.forEach(
              (title, same) -> {
                if (same.size() > 1) {
                  for (Read r : same) {
                    problems.at(
                        r.row(),
                        ActionColumns.TITLE,
                        target.code()
                            + " has another milestone called \""
                            + r.state().title()
                            + "\" on "
                            + Problems.rowsText(
                                same.stream().map(Read::row).filter(n -> n != r.row()).toList())
                            + ". Give each milestone of an action its own title.");
                  }
                }
                Read r = same.get(0);
                MilestoneState kept = recorded.get(title);
                MilestoneState state =
                    new MilestoneState(
                        r.state().title(),
                        r.state().due(),
                        headings.has(ActionColumns.COMPLETED_DATE)
                            ? r.state().completedOn()
                            : kept == null ? null : kept.completedOn(),
                        headings.has(ActionColumns.DEPENDS_ON)
                            ? r.state().dependsOn()
                            : kept == null ? null : kept.dependsOn());
                after.put(title, state);
                boolean changes = !state.equals(kept);
                if (changes) {
                  // A row as recorded is left alone: it met the rules when it was recorded.
                  rowOf.put(title, r.row());
                  checkDue(target, r.row(), state);
                }
                checked.add(new MilestoneRow(r.row(), target.code(), state, changes));
              });
          after.forEach((title, m) -> checkDependency(target, title, after, rowOf));
        });
    return checked;
  }

  private void checkDue(Target target, int row, MilestoneState m) {
    if (target.due() != null && m.due().isAfter(target.due())) {
      problems.at(
          row,
          ActionColumns.DUE_DATE,
          "A milestone cannot be due after its action, and "
              + target.code()
              + " is due on "
              + DAY.format(target.due())
              + ".");
    }
  }

  private Read read(Table.Row cells, Map<String, Target> actions) {
    SheetRow row = headings.row(cells, problems);
    String code = row.text(ActionColumns.MILESTONE_OF);
    Target target = actions.get(ActionRowCheck.key(code));
    if (target == null) {
      row.problem(
          ActionColumns.MILESTONE_OF,
          "No action has the code "
              + code
              + ", in this file or recorded. Enter the code of the action this milestone belongs"
              + " to.");
    }
    for (Column<?> column : ActionColumns.LAYOUT.columns()) {
      if (!MILESTONE_COLUMNS.contains(column)
          && !column.isIgnored()
          && !row.text(column).isEmpty()) {
        row.problem(
            column,
            "A milestone row takes only title, due_date, completed_date and depends_on. Leave "
                + column.heading()
                + " empty, or put it on the row of the action itself.");
      }
    }
    String title = row.text(ActionColumns.TITLE);
    if (title.isEmpty()) {
      row.problem(ActionColumns.TITLE, "Enter what the milestone is.");
    } else if (title.length() > MAX_TITLE) {
      row.problem(ActionColumns.TITLE, Problems.tooLong("title", title, MAX_TITLE));
    }
    LocalDate due;
    if (row.has(ActionColumns.DUE_DATE)) {
      due = row.value(ActionColumns.DUE_DATE);
      if (due == null && row.text(ActionColumns.DUE_DATE).isEmpty()) {
        row.problem(ActionColumns.DUE_DATE, "Enter the date the milestone is due.");
      }
    } else {
      // A file without the column leaves a recorded milestone's date as it is.
      due = recordedDue(target, title);
      if (due == null && target != null && !title.isEmpty()) {
        row.problem(
            ActionColumns.DUE_DATE,
            "\""
                + title
                + "\" is a new milestone of "
                + target.code()
                + ", so it needs a due date: add a due_date column.");
      }
    }
    LocalDate completed = row.value(ActionColumns.COMPLETED_DATE);
    if (completed != null && completed.isAfter(today)) {
      row.problem(ActionColumns.COMPLETED_DATE, "The completion date cannot be in the future.");
    }
    if (row.hasProblems()) {
      return new Read(row.number(), null, null);
    }
    return new Read(
        row.number(),
        ActionRowCheck.key(code),
        new MilestoneState(title, due, completed, blankToNull(row.text(ActionColumns.DEPENDS_ON))));
  }

  /**
   * Checks what a milestone waits on, as things will be. A problem goes on the file's row for the
   * milestone if the row changes it; otherwise, if the row for the milestone it waits on changes
   * that one, on that row.
   */
  private void checkDependency(
      Target target, String title, Map<String, MilestoneState> after, Map<String, Integer> rowOf) {
    MilestoneState m = after.get(title);
    if (m.dependsOn() == null) {
      return;
    }
    String waitsOn = key(m.dependsOn());
    MilestoneState d = after.get(waitsOn);
    Integer row = rowOf.get(title);
    if (d == null || waitsOn.equals(title)) {
      if (row != null) {
        problems.at(
            row,
            ActionColumns.DEPENDS_ON,
            d == null
                ? target.code()
                    + " has no milestone called \""
                    + m.dependsOn()
                    + "\". Enter the title of another of its milestones, in this file or"
                    + " recorded."
                : "A milestone cannot wait on itself.");
      }
      return;
    }
    List<String> loop = loopFrom(title, after);
    if (loop != null) {
      if (row != null) {
        problems.at(
            row,
            ActionColumns.DEPENDS_ON,
            "This milestone is part of a loop: "
                + loop.stream().map(k -> after.get(k).title()).collect(Collectors.joining(" → "))
                + ". Each waits on the next, so none could be done. Remove one of these links.");
      }
      return;
    }
    Integer otherRow = rowOf.get(waitsOn);
    if (m.due().isBefore(d.due()) && (row != null || otherRow != null)) {
      problems.at(
          row != null ? row : otherRow,
          ActionColumns.DUE_DATE,
          row != null
              ? "This milestone waits on \""
                  + d.title()
                  + "\", so it cannot be due before that one, on "
                  + DAY.format(d.due())
                  + "."
              : "\""
                  + m.title()
                  + "\" waits on this milestone and is due on "
                  + DAY.format(m.due())
                  + ", so this one cannot be due after that.");
    }
    if (m.completedOn() != null && d.completedOn() == null && (row != null || otherRow != null)) {
      problems.at(
          row != null ? row : otherRow,
          ActionColumns.COMPLETED_DATE,
          row != null
              ? "This milestone waits on \""
                  + d.title()
                  + "\", which is not done. Enter that one's completion date too, or leave this"
                  + " one empty."
              : "\""
                  + m.title()
                  + "\" waits on this milestone and is already done, so this one needs its"
                  + " completion date.");
    }
  }

  /** The loop from {@code title} back round to it, by what each waits on; null if none. */
  private static List<String> loopFrom(String title, Map<String, MilestoneState> after) {
    List<String> path = new ArrayList<>(List.of(title));
    String at = title;
    for (int step = 0; step < after.size(); step++) {
      MilestoneState m = after.get(at);
      if (m == null || m.dependsOn() == null) {
        return null;
      }
      at = key(m.dependsOn());
      path.add(at);
      if (at.equals(title)) {
        return path;
      }
    }
    return null;
  }

  private static LocalDate recordedDue(Target target, String title) {
    if (target == null) {
      return null;
    }
    return target.recorded().stream()
        .filter(m -> key(m.title()).equals(key(title)))
        .map(MilestoneState::due)
        .findFirst()
        .orElse(null);
  }

  static String key(String title) {
    return title.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }
}
