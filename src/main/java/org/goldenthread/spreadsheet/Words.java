package org.goldenthread.spreadsheet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words a file may use for each value of a closed set (units, frequencies, kinds), in any case,
 * and the one an export writes: the first given for each value, so an export imports unchanged.
 */
public final class Words<T> {

  private final Map<String, T> read = new HashMap<>();
  private final Map<T, String> written = new LinkedHashMap<>();

  private Words() {}

  /** The words for a value, the first being the one an export writes; then {@link #and}. */
  @SafeVarargs
  public static <T> Words<T> of(T value, String... words) {
    return new Words<T>().and(value, words);
  }

  /** These words too, for another value. */
  public Words<T> and(T value, String... words) {
    for (String word : words) {
      read.put(key(word), value);
    }
    written.putIfAbsent(value, words[0]);
    return this;
  }

  /** The value a word names; null if none. */
  public T read(String text) {
    return read.get(key(text));
  }

  /** The word an export writes for the value; empty for none. */
  public String write(T value) {
    return value == null ? "" : written.get(value);
  }

  /**
   * A parser for a column that must name one of the values: "Enter the unit: %, number or days." if
   * empty, and "\"kg\" is not a unit the import knows. Use %, number or days." if unknown.
   */
  public Parser<T> required(String what, String allowed) {
    return text -> {
      if (text.isEmpty()) {
        return Parsed.refused("Enter the " + what + ": " + allowed + ".");
      }
      T value = read(text);
      return value != null
          ? Parsed.of(value)
          : Parsed.refused(
              "\"" + text + "\" is not a " + what + " the import knows. Use " + allowed + ".");
    };
  }

  /** A parser for a column where empty means {@code none}, and an unknown word is refused so. */
  public Parser<T> orElse(T none, String unknown) {
    return text -> {
      if (text.isEmpty()) {
        return Parsed.of(none);
      }
      T value = read(text);
      return value != null ? Parsed.of(value) : Parsed.refused("\"" + text + "\" " + unknown);
    };
  }

  private static String key(String text) {
    return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }
}
