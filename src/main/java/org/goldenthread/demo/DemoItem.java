package org.goldenthread.demo;

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
    return DemoTable.read(table, (row, notes) -> of(row, String.join(" ", notes)));
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
