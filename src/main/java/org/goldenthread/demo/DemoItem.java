package org.goldenthread.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A framework item as the demo writes it down, one row to an item:
 *
 * <pre>
 * CODE | CONTRIBUTES TO | RESPONSIBLE, ACCOUNTABLE | Title
 *     Description, on indented lines below the row.
 * </pre>
 *
 * Items contributed to are codes separated by commas, or "-" for none; people are the demo
 * council's keys.
 */
record DemoItem(
    String code,
    List<String> parents,
    String responsible,
    String accountable,
    String title,
    String description) {

  static List<DemoItem> parse(String table) {
    List<DemoItem> items = new ArrayList<>();
    String row = null;
    StringBuilder description = new StringBuilder();
    for (String line : table.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        description.append(description.isEmpty() ? "" : " ").append(line.strip());
        continue;
      }
      if (row != null) {
        items.add(of(row, description.toString()));
      }
      row = line;
      description.setLength(0);
    }
    if (row != null) {
      items.add(of(row, description.toString()));
    }
    return items;
  }

  private static DemoItem of(String row, String description) {
    String[] cells = row.split("\\|");
    String[] people = cells.length == 4 ? cells[2].split(",") : new String[0];
    if (people.length != 2 || description.isBlank()) {
      throw new IllegalArgumentException("Demo item not understood: " + row);
    }
    List<String> parents =
        cells[1].isBlank() || cells[1].strip().equals("-")
            ? List.of()
            : Arrays.stream(cells[1].split(",")).map(String::strip).toList();
    return new DemoItem(
        cells[0].strip(),
        parents,
        people[0].strip(),
        people[1].strip(),
        cells[3].strip(),
        description);
  }
}
