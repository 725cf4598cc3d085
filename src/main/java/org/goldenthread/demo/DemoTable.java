package org.goldenthread.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the demo's text tables: each row on an unindented line, with its notes (a description, a
 * commentary, milestones) on the indented lines below it. Blank lines only separate groups.
 */
final class DemoTable {

  private DemoTable() {}

  static <T> List<T> read(String table, BiFunction<String, List<String>, T> rowWithNotes) {
    List<T> rows = new ArrayList<>();
    String row = null;
    List<String> notes = new ArrayList<>();
    for (String line : table.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        notes.add(line.strip());
        continue;
      }
      if (row != null) {
        rows.add(rowWithNotes.apply(row, notes));
      }
      row = line;
      notes = new ArrayList<>();
    }
    if (row != null) {
      rows.add(rowWithNotes.apply(row, notes));
    }
    return rows;
  }
}
