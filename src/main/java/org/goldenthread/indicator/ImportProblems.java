package org.goldenthread.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.goldenthread.framework.ImportProblem;

/**
 * The problems found in an import file, in row order. A file with a mistake repeated on every one
 * of its many thousand rows would give a report no one could read, so only the first {@value
 * #SHOWN} are kept, with a note of how many more there are.
 */
final class ImportProblems {

  static final int SHOWN = 1_000;

  private final List<ImportProblem> shown = new ArrayList<>();
  private int count;

  void inFile(String message) {
    add(new ImportProblem(null, null, message));
  }

  void at(int row, FileColumn column, String message) {
    add(new ImportProblem(row, column == null ? null : column.heading(), message));
  }

  void atHeading(int row, String heading, String message) {
    add(new ImportProblem(row, heading, message));
  }

  private void add(ImportProblem problem) {
    count++;
    if (shown.size() < SHOWN) {
      shown.add(problem);
    }
  }

  boolean any() {
    return count > 0;
  }

  int count() {
    return count;
  }

  /** The problems by row (file-wide ones first), then as found. */
  List<ImportProblem> list() {
    List<ImportProblem> sorted = new ArrayList<>(shown);
    sorted.sort(Comparator.comparing(p -> p.row() == null ? 0 : p.row()));
    if (count > shown.size()) {
      sorted.add(
          new ImportProblem(
              null,
              null,
              "There are "
                  + String.format(Locale.UK, "%,d", count - shown.size())
                  + " more problems not listed here. Correct these and upload the file again to"
                  + " see the rest."));
    }
    return List.copyOf(sorted);
  }
}
