package org.goldenthread.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problems found in an import file, in row order. A file with a mistake repeated on every one
 * of its many thousand rows would give a report no one could read, so only the first {@value
 * #SHOWN} are kept, with a note of how many more there are.
 */
public final class Problems {

  public static final int SHOWN = 1_000;

  private final List<Problem> shown = new ArrayList<>();
  private int count;

  public void inFile(String message) {
    add(new Problem(null, null, message));
  }

  public void at(int row, Column<?> column, String message) {
    add(new Problem(row, column == null ? null : column.heading(), message));
  }

  public void atHeading(int row, String heading, String message) {
    add(new Problem(row, heading, message));
  }

  private void add(Problem problem) {
    count++;
    if (shown.size() < SHOWN) {
      shown.add(problem);
    }
  }

  public boolean any() {
    return count > 0;
  }

  public int count() {
    return count;
  }

  /** The problems by row (file-wide ones first), then as found. */
  public List<Problem> list() {
    return sorted(Comparator.comparing(p -> p.row() == null ? 0 : p.row()));
  }

  /** The problems by row (file-wide ones first), then in the order of the layout's columns. */
  public List<Problem> listByColumn(SheetLayout layout) {
    Comparator<Problem> byRow = Comparator.comparing(p -> p.row() == null ? 0 : p.row());
    return sorted(byRow.thenComparing(p -> layout.order(p.column())));
  }

  private List<Problem> sorted(Comparator<Problem> order) {
    List<Problem> sorted = new ArrayList<>(shown);
    sorted.sort(order);
    if (count > shown.size()) {
      sorted.add(
          Problem.inFile(
              "There are "
                  + String.format(Locale.UK, "%,d", count - shown.size())
                  + " more problems not listed here. Correct these and upload the file again to"
                  + " see the rest."));
    }
    return List.copyOf(sorted);
  }

  /**
   * Notes, on every row of each key given on more than one row, the other rows it is on: the
   * message is made from them, as "rows 4 and 9".
   */
  public void repeated(
      Map<String, List<Integer>> rowsByKey, Column<?> column, Function<String, String> message) {
    rowsByKey.forEach(
        (key, rows) -> {
          if (rows.size() > 1) {
            for (int row : rows) {
              at(
                  row,
                  column,
                  message.apply(rowsText(rows.stream().filter(o -> o != row).toList())));
            }
          }
        });
  }

  /** What an officer is told first when a file was refused for these problems. */
  public static String summary(List<Problem> problems, String fileName) {
    if (problems.size() == 1 && problems.get(0).row() == null) {
      return "Nothing has been imported. " + problems.get(0).message();
    }
    return "Nothing has been imported: "
        + (problems.size() == 1 ? "1 problem was" : problems.size() + " problems were")
        + " found in "
        + fileName
        + ". Correct "
        + (problems.size() == 1 ? "it" : "them")
        + " in the spreadsheet and upload it again.";
  }

  /** "row 4", "rows 4 and 9", "rows 4, 9 and 12". */
  public static String rowsText(List<Integer> rows) {
    if (rows.size() == 1) {
      return "row " + rows.get(0);
    }
    String all = rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return "rows " + all.substring(0, last) + " and " + all.substring(last + 2);
  }

  /** Says how long a text is, and how long it can be. */
  public static String tooLong(String what, String text, int max) {
    return "The "
        + what
        + " is "
        + String.format(Locale.UK, "%,d", text.length())
        + " characters long. It can be up to "
        + String.format(Locale.UK, "%,d", max)
        + " characters.";
  }
}
