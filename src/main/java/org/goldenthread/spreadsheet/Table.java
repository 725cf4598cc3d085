package org.goldenthread.spreadsheet;

import java.util.List;

/**
 * An import file as read, before anything is made of it: the headings in its first row and the
 * values in each row below, numbered as the spreadsheet numbers its rows. Blank rows are left out.
 */
public record Table(int headingRow, List<String> headings, List<Row> rows) {

  public static Table empty() {
    return new Table(1, List.of(), List.of());
  }

  /** The values of one row, in column order. */
  public record Row(int number, List<String> cells) {

    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }
}
