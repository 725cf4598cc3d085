package org.goldenthread.framework;

import java.util.List;

/**
 * An import file as read, before anything is made of it: the headings in its first row and the
 * values in each row below, numbered as the spreadsheet numbers its rows. Blank rows are left out.
 */
record ImportTable(int headingRow, List<String> headings, List<Row> rows) {

  static ImportTable empty() {
    return new ImportTable(1, List.of(), List.of());
  }

  /** The values of one row, in column order. */
  record Row(int number, List<String> cells) {

    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }
}
