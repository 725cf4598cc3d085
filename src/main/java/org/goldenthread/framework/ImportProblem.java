package org.goldenthread.framework;

/**
 * One thing wrong with an import file: the spreadsheet row it is on (null for the file as a whole),
 * the column heading (null when no one column is at fault) and what is wrong, in plain words.
 */
public record ImportProblem(Integer row, String column, String message) {

  public static ImportProblem inFile(String message) {
    return new ImportProblem(null, null, message);
  }

  static ImportProblem at(int row, ImportColumn column, String message) {
    return new ImportProblem(row, column == null ? null : column.heading(), message);
  }
}
