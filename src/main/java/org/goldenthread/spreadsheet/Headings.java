package org.goldenthread.spreadsheet;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each declared column is in an import file, read from its headings in any order and any
 * case. Notes a file with no headings, an unknown or repeated heading, or a required column
 * missing.
 */
public final class Headings {

  private final Map<Column<?>, Integer> columns;
  private final List<String> headings;

  private Headings(Map<Column<?>, Integer> columns, List<String> headings) {
    this.columns = columns;
    this.headings = headings;
  }

  /**
   * The headings, or null (with the problems noted) if the file cannot be read by them or has
   * nothing below them.
   */
  public static Headings read(Table table, SheetLayout layout, Problems problems) {
    String all = layout.headingsText();
    if (table.headings().stream().allMatch(h -> h == null || h.isBlank())) {
      problems.inFile(
          "The file is empty. Its first row must name the columns ("
              + layout.inBrief()
              + "), with one row for each "
              + layout.rowIs()
              + " below it.");
      return null;
    }
    int row = table.headingRow();
    int before = problems.count();
    Map<Column<?>, Integer> columns = new IdentityHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < table.headings().size(); i++) {
      String heading = table.headings().get(i);
      if (heading == null || heading.isBlank()) {
        continue;
      }
      Column<?> column = layout.named(heading);
      if (column == null) {
        unknown.add(heading.trim());
      } else if (columns.putIfAbsent(column, i) != null) {
        problems.at(
            row,
            column,
            "There is more than one \""
                + column.heading()
                + "\" column. Keep one and delete the others.");
      }
    }
    if (columns.isEmpty()) {
      problems.atHeading(
          row,
          null,
          "The first row must name the columns, and none of its headings is one the import uses: "
              + all
              + ". Add a row of headings above the "
              + layout.rowIs()
              + "s.");
      return null;
    }
    for (String heading : unknown) {
      problems.atHeading(
          row,
          heading,
          "\""
              + heading
              + "\" is not a column the import uses. Rename it to one of "
              + all
              + ", or delete the column.");
    }
    for (Column<?> column : layout.columns()) {
      if (column.required() && !columns.containsKey(column)) {
        problems.at(
            row,
            column,
            "The file has no \""
                + column.heading()
                + "\" column. Add a column headed \""
                + column.heading()
                + "\""
                + layout.requiredBecause()
                + ".");
      }
    }
    if (problems.count() > before) {
      return null;
    }
    if (table.rows().isEmpty()) {
      problems.inFile(
          "The file has column headings but no "
              + layout.rowIs()
              + "s below them. Add one row for each "
              + layout.eachRow()
              + ".");
      return null;
    }
    return new Headings(columns, table.headings());
  }

  public boolean has(Column<?> column) {
    return columns.containsKey(column);
  }

  /** The trimmed text in the column on this row; empty if the file has no such column. */
  public String value(Table.Row row, Column<?> column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.cell(index).trim();
  }

  /** One row to read, noting its problems among the file's. */
  public SheetRow row(Table.Row row, Problems problems) {
    return new SheetRow(row, this, problems);
  }

  /** True if the row has something in a column without a heading (it would be lost). */
  public boolean unheadedValue(Table.Row row) {
    for (int i = 0; i < row.cells().size(); i++) {
      boolean headed = i < headings.size() && headings.get(i) != null && !headings.get(i).isBlank();
      if (!headed && !row.cell(i).isBlank()) {
        return true;
      }
    }
    return false;
  }
}
