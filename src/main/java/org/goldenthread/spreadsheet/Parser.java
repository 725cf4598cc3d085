package org.goldenthread.spreadsheet;

/** Reads the text of a cell (trimmed, never null) into a value, or says why it cannot. */
@FunctionalInterface
public interface Parser<T> {

  Parsed<T> parse(String text);

  /** The text as it is; an empty cell is none. */
  static Parser<String> text() {
    return text -> Parsed.of(text.isEmpty() ? null : text);
  }

  /** Text up to {@code max} characters, saying how long it is if longer; empty is none. */
  static Parser<String> text(String what, int max) {
    return text ->
        text.length() > max
            ? Parsed.refused(Problems.tooLong(what, text, max))
            : Parsed.of(text.isEmpty() ? null : text);
  }
}
