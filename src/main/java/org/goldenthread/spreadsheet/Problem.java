package org.goldenthread.spreadsheet;

/**
 * One thing wrong with an import file: the spreadsheet row it is on (null for the file as a whole),
 * the column heading (null when no one column is at fault) and what is wrong, in plain words.
 */
public record Problem(Integer row, String column, String message) {

  public static Problem inFile(String message) {
    return new Problem(null, null, message);
  }
}
