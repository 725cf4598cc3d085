package org.goldenthread.spreadsheet;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * One row of an import file being read: its cells by column, each read by its column's parser, and
 * every problem found in it noted by row and column among the file's.
 */
public final class SheetRow {

  public static final String UNHEADED =
      "This row has a value in a column with no heading. Add a heading or remove the value.";

  private final Table.Row row;
  private final Headings headings;
  private final Problems problems;
  private final int before;
  private final Set<Column<?>> faulty = Collections.newSetFromMap(new IdentityHashMap<>());

  SheetRow(Table.Row row, Headings headings, Problems problems) {
    this.row = row;
    this.headings = headings;
    this.problems = problems;
    this.before = problems.count();
  }

  /** The row's number as the spreadsheet shows it. */
  public int number() {
    return row.number();
  }

  /** Whether the file has the column: a column left out changes nothing. */
  public boolean has(Column<?> column) {
    return headings.has(column);
  }

  /** The trimmed text of the cell; empty if the file has no such column. */
  public String text(Column<?> column) {
    return headings.value(row, column);
  }

  /** The cell read by its column's parser; null if empty, or (with the problem noted) wrong. */
  public <T> T value(Column<T> column) {
    Parsed<T> parsed = column.parser().parse(text(column));
    if (parsed.problem() != null) {
      problem(column, parsed.problem());
    }
    return parsed.value();
  }

  /** The cell read by its column's parser, or {@code unchanged} if the file has no such column. */
  public <T> T valueOr(Column<T> column, T unchanged) {
    return has(column) ? value(column) : unchanged;
  }

  /**
   * The record the cell names, found by {@code lookUp}: none if the cell is empty, and (noted) none
   * if not found.
   */
  public <T> T lookUp(Column<?> column, Parser<T> lookUp) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    Parsed<T> found = lookUp.parse(text);
    if (found.problem() != null) {
      problem(column, found.problem());
    }
    return found.value();
  }

  /** As {@link #lookUp}, or {@code unchanged} if the file has no such column. */
  public <T> T lookUpOr(Column<?> column, Parser<T> lookUp, T unchanged) {
    return has(column) ? lookUp(column, lookUp) : unchanged;
  }

  /**
   * The person the cell names, by email address or full name; none if empty, or (noted) unknown.
   */
  public Long person(Column<?> column, PersonFinder people) {
    return lookUp(column, people::parse);
  }

  /** Notes what is wrong in the column (null for the row as a whole). */
  public void problem(Column<?> column, String message) {
    if (column != null) {
      faulty.add(column);
    }
    problems.at(row.number(), column, message);
  }

  /** Whether a problem has been noted in the column. */
  public boolean faulty(Column<?> column) {
    return faulty.contains(column);
  }

  /** Whether any problem has been noted on the row since it was begun. */
  public boolean hasProblems() {
    return problems.count() > before;
  }

  /** Notes a value in a column with no heading, which would be lost. */
  public void checkNothingUnheaded() {
    if (headings.unheadedValue(row)) {
      problems.at(row.number(), null, UNHEADED);
    }
  }
}
