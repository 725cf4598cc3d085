package org.goldenthread.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of one kind of spreadsheet file, in the order an export writes them, with what its
 * rows are, how large a file may be and the example rows of its template. Declared once per import;
 * the import reads by it, the export and template write by it, and the import page and
 * docs/imports.md list it.
 *
 * @param title what the file holds, as docs/imports.md heads it: "Indicator definitions"
 * @param rowIs what one row is, for messages: "indicator"
 * @param eachRow what each row is for, for messages: "indicator and period"
 * @param inBrief the columns as the message about an empty file names them
 * @param requiredBecause why a required column is needed, added to the message when one is missing
 */
public record SheetLayout(
    String title,
    String rowIs,
    String eachRow,
    List<Column<?>> columns,
    Limits limits,
    String inBrief,
    String requiredBecause,
    List<List<String>> examples) {

  public static SheetLayout of(String title, String rowIs, Limits limits, Column<?>... columns) {
    List<Column<?>> list = List.of(columns);
    return new SheetLayout(title, rowIs, rowIs, list, limits, headingsText(list), "", List.of());
  }

  private static String headingsText(List<Column<?>> columns) {
    return columns.stream().map(Column::heading).collect(Collectors.joining(", "));
  }

  /** The same layout, naming its columns in brief when a file is empty. */
  public SheetLayout inBrief(String columns) {
    return new SheetLayout(
        title, rowIs, eachRow, this.columns, limits, columns, requiredBecause, examples);
  }

  /** The same layout, saying what each row is for: "indicator and period". */
  public SheetLayout eachRow(String what) {
    return new SheetLayout(title, rowIs, what, columns, limits, inBrief, requiredBecause, examples);
  }

  /** The same layout, saying why required columns are needed: ": code and title are needed". */
  public SheetLayout requiredBecause(String why) {
    return new SheetLayout(title, rowIs, eachRow, columns, limits, inBrief, why, examples);
  }

  /** The same layout with an example row for the template, its cells in column order. */
  public SheetLayout example(String... cells) {
    List<List<String>> rows = new ArrayList<>(examples);
    rows.add(List.of(cells));
    return new SheetLayout(title, rowIs, eachRow, columns, limits, inBrief, requiredBecause, rows);
  }

  /** The same layout with an example row for the template, giving only some columns. */
  public SheetLayout example(Map<Column<?>, String> cells) {
    List<String> row = new ArrayList<>(Collections.nCopies(columns.size(), ""));
    cells.forEach((column, text) -> row.set(index(column), text));
    return example(row.toArray(String[]::new));
  }

  /** The headings, as the first row of an export or template. */
  public List<String> headings() {
    return columns.stream().map(Column::heading).toList();
  }

  /** Every heading, for a message: "code, title, unit". */
  public String headingsText() {
    return headingsText(columns);
  }

  /** Where the column is in an export: 0 for the first. */
  public int index(Column<?> column) {
    int at = columns.indexOf(column);
    if (at < 0) {
      throw new IllegalArgumentException(column.heading() + " is not a column of " + title);
    }
    return at;
  }

  /** The first example the template gives for the column; empty if none. */
  public String example(Column<?> column) {
    int at = index(column);
    return examples.stream()
        .map(row -> at < row.size() ? row.get(at) : "")
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse("");
  }

  /** The column a heading names, in any case and with spaces, hyphens or underscores; or null. */
  public Column<?> named(String heading) {
    String key = Column.key(heading);
    return columns.stream().filter(c -> c.heading().equals(key)).findFirst().orElse(null);
  }

  /** Where a heading's column comes, for sorting problems: file-wide first, unknown last. */
  int order(String heading) {
    if (heading == null) {
      return -1;
    }
    Column<?> column = named(heading);
    return column == null ? columns.size() : columns.indexOf(column);
  }

  /** The columns at which the export writes the given format. */
  Set<Integer> indexes(Column.Format format) {
    return columns.stream()
        .filter(c -> c.format() == format)
        .map(columns::indexOf)
        .collect(Collectors.toSet());
  }
}
