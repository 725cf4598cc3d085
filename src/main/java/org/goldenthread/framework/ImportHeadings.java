package org.goldenthread.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each known column is in an import file, read from its headings in any order and any case.
 * Notes a file with no headings, an unknown or repeated heading, or a required column missing.
 */
public final class ImportHeadings<C extends Enum<C> & FileColumn> {

  private final Map<C, Integer> columns;
  private final List<String> headings;

  private ImportHeadings(Map<C, Integer> columns, List<String> headings) {
    this.columns = columns;
    this.headings = headings;
  }

  /** The headings, or null (with the problems noted) if the file cannot be read by them. */
  public static <C extends Enum<C> & FileColumn> ImportHeadings<C> read(
      ImportTable table, Class<C> type, String rowsAre, ImportProblems problems) {
    C[] known = type.getEnumConstants();
    String all = Arrays.stream(known).map(FileColumn::heading).collect(Collectors.joining(", "));
    if (table.headings().stream().allMatch(h -> h == null || h.isBlank())) {
      problems.inFile(
          "The file is empty. Its first row must name the columns ("
              + all
              + "), with one row for each "
              + rowsAre
              + " below it.");
      return null;
    }
    int row = table.headingRow();
    int before = problems.count();
    Map<C, Integer> columns = new EnumMap<>(type);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < table.headings().size(); i++) {
      String heading = table.headings().get(i);
      if (heading == null || heading.isBlank()) {
        continue;
      }
      C column =
          Arrays.stream(known)
              .filter(c -> c.heading().equals(FileColumn.key(heading)))
              .findFirst()
              .orElse(null);
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
              + rowsAre
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
    for (C column : known) {
      if (column.required() && !columns.containsKey(column)) {
        problems.at(
            row,
            column,
            "The file has no \""
                + column.heading()
                + "\" column. Add a column headed \""
                + column.heading()
                + "\".");
      }
    }
    return problems.count() == before ? new ImportHeadings<>(columns, table.headings()) : null;
  }

  public boolean has(C column) {
    return columns.containsKey(column);
  }

  /** The trimmed text in the column on this row; empty if the file has no such column. */
  public String value(ImportTable.Row row, C column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.cell(index).trim();
  }

  /** True if the row has something in a column without a heading (it would be lost). */
  public boolean unheadedValue(ImportTable.Row row) {
    for (int i = 0; i < row.cells().size(); i++) {
      boolean headed = i < headings.size() && headings.get(i) != null && !headings.get(i).isBlank();
      if (!headed && !row.cell(i).isBlank()) {
        return true;
      }
    }
    return false;
  }
}
