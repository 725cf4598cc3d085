package org.goldenthread.spreadsheet;

/** What a cell was read as: a value, or why it could not be read; both null for nothing. */
public record Parsed<T>(T value, String problem) {

  public static <T> Parsed<T> of(T value) {
    return new Parsed<>(value, null);
  }

  public static <T> Parsed<T> refused(String problem) {
    return new Parsed<>(null, problem);
  }
}
