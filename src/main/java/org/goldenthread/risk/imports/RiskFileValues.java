package org.goldenthread.risk.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.risk.RiskState;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.Words;

/**
 * How a register file writes levels, dates, review frequencies, states and lists of codes, read as
 * risk officers type them and written the way the import reads them back.
 */
final class RiskFileValues {

  private static final Pattern LEVEL = Pattern.compile("\\d+(\\.0+)?");

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd"),
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));

  static final Words<ReviewFrequency> FREQUENCIES =
      Words.of(ReviewFrequency.MONTHLY, "monthly", "every month")
          .and(
              ReviewFrequency.QUARTERLY, "quarterly", "every quarter", "3-monthly", "three-monthly")
          .and(
              ReviewFrequency.HALF_YEARLY,
              "half-yearly",
              "half yearly",
              "six-monthly",
              "six monthly",
              "6-monthly",
              "6 monthly",
              "twice a year")
          .and(ReviewFrequency.ANNUALLY, "annually", "annual", "yearly", "every year");

  static final Words<RiskState> STATES =
      Words.of(RiskState.OPEN, "open", "live", "active").and(RiskState.CLOSED, "closed");

  static final Words<Boolean> YES_NO =
      Words.of(Boolean.TRUE, "yes", "y", "true").and(Boolean.FALSE, "no", "n", "false");

  private RiskFileValues() {}

  /**
   * A likelihood or impact: a whole number from 1 to 5 ({@code what} says which, "current
   * likelihood"); empty is none.
   */
  static Parsed<Integer> level(String text, String what, String scale) {
    if (text.isEmpty()) {
      return Parsed.of(null);
    }
    if (LEVEL.matcher(text).matches()) {
      String digits = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
      if (digits.length() <= 2) {
        int level = Integer.parseInt(digits);
        if (level >= 1 && level <= 5) {
          return Parsed.of(level);
        }
      }
    }
    return Parsed.refused(
        "The "
            + what
            + " must be a whole number from 1 to 5 ("
            + scale
            + "), and \""
            + text
            + "\" is not.");
  }

  /**
   * A date written 2026-03-31 or 31/03/2026 (or 31 Mar 2026); 03/31/2026 is refused, not guessed.
   */
  static Parsed<LocalDate> date(String text, String what) {
    if (text.isEmpty()) {
      return Parsed.of(null);
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return Parsed.of(LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT)));
      } catch (DateTimeParseException notThisWay) {
        // try the next way of writing a date
      }
    }
    return Parsed.refused(
        "\""
            + text
            + "\" is not a date. Enter the "
            + what
            + " like 31/03/2026 (day, month, year) or 2026-03-31.");
  }

  /** The codes or names in a cell, separated by semicolons (or commas), each once, in order. */
  static List<String> list(String text) {
    LinkedHashSet<String> items = new LinkedHashSet<>();
    for (String part : text.split("[;,]")) {
      if (!part.isBlank()) {
        items.add(part.strip());
      }
    }
    return new ArrayList<>(items);
  }

  static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  static String text(String text) {
    return text == null ? "" : text;
  }

  static String key(String code) {
    return code == null ? "" : code.strip().toLowerCase(Locale.UK);
  }
}
