package org.goldenthread.spreadsheet;

import java.util.Locale;

/**
 * A column of a spreadsheet file, declared once: its heading, whether a file must have it, when a
 * row needs a value in it, what a council officer puts in it, how its text is read, and how an
 * export writes it. The import page, the template, the export and docs/imports.md all come from
 * these declarations.
 *
 * @param required whether the file must have the column at all
 * @param needed when a row needs a value, as the import page says it ("Required", "Optional",
 *     "Required for a milestone", "Ignored" for a column the export writes for people to read)
 */
public record Column<T>(
    String heading, boolean required, String needed, String help, Format format, Parser<T> parser) {

  /** How an export writes the column in a workbook. */
  public enum Format {
    TEXT,
    NUMBER,
    DATE
  }

  private static final String IGNORED = "Ignored";

  /** A column every file must have, holding text. */
  public static Column<String> required(String heading, String help) {
    return new Column<>(heading, true, "Required", help, Format.TEXT, Parser.text());
  }

  /** A column a file may leave out, holding text. */
  public static Column<String> optional(String heading, String help) {
    return new Column<>(heading, false, "Optional", help, Format.TEXT, Parser.text());
  }

  /** The same column read by {@code parser}. */
  public <U> Column<U> parsed(Parser<U> parser) {
    return new Column<>(heading, required, needed, help, format, parser);
  }

  /** The same column, saying when a row needs a value. */
  public Column<T> needed(String when) {
    return new Column<>(heading, required, when, help, format, parser);
  }

  /** Written by the export for people to read, and passed over by the import. */
  public Column<T> ignored() {
    return needed(IGNORED);
  }

  public boolean isIgnored() {
    return IGNORED.equals(needed);
  }

  /** Figures in the column are written to a workbook as numbers. */
  public Column<T> numbers() {
    return new Column<>(heading, required, needed, help, Format.NUMBER, parser);
  }

  /** Dates in the column (written 2026-03-31) are written to a workbook as dates. */
  public Column<T> dates() {
    return new Column<>(heading, required, needed, help, Format.DATE, parser);
  }

  /** "Decimal places", "decimal-places" and "DECIMAL_PLACES" all name decimal_places. */
  public static String key(String heading) {
    return heading == null ? "" : heading.trim().toLowerCase(Locale.UK).replaceAll("[\\s_-]+", "_");
  }

  // A column is itself, not its value: two imports may declare columns that read alike.
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
