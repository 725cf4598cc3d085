package org.goldenthread.period;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UK financial year, 1 April {@code startYear} to 31 March {@code startYear + 1}, labelled
 * {@code 2025/26}. The second year has two digits, so 1999/00 and 2099/00 are valid labels.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  /** Four-digit start years only, so every label is unambiguous and parses back. */
  public static final int EARLIEST = 1000;

  public static final int LATEST = 9998;

  private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

  public FinancialYear {
    if (startYear < EARLIEST || startYear > LATEST) {
      throw new IllegalArgumentException(
          "A financial year must start between " + EARLIEST + " and " + LATEST + ": " + startYear);
    }
  }

  /** The financial year a date falls in: 31 March 2026 is in 2025/26, 1 April 2026 in 2026/27. */
  public static FinancialYear of(LocalDate date) {
    int year = date.getYear();
    return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? year : year - 1);
  }

  /** Reads a label such as {@code 2025/26}; surrounding spaces are ignored. */
  public static FinancialYear parse(String text) {
    FinancialYear year = parseOrNull(text == null ? "" : text.strip());
    if (year == null) {
      throw new PeriodFormatException(text, notA("financial year", text, "2025/26"));
    }
    return year;
  }

  /** Null unless the (already trimmed) text is exactly a valid label; shared with Period. */
  static FinancialYear parseOrNull(String text) {
    Matcher matcher = LABEL.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    int start = Integer.parseInt(matcher.group(1));
    int endTwoDigits = Integer.parseInt(matcher.group(2));
    if (start < EARLIEST || start > LATEST || endTwoDigits != (start + 1) % 100) {
      return null;
    }
    return new FinancialYear(start);
  }

  static String shown(String text) {
    return text == null ? "" : text.strip();
  }

  /** The officer-facing refusal shared by financial year and period labels. */
  static String notA(String what, String text, String examples) {
    String shown = shown(text);
    String problem =
        shown.isEmpty() ? "No " + what + " was given." : "‘" + shown + "’ is not a " + what + ".";
    return problem + " Use a label like " + examples + ".";
  }

  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  public FinancialYear previous() {
    return new FinancialYear(startYear - 1);
  }

  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  public String label() {
    // Built by hand rather than by String.format: labels are made for every figure read or written.
    int next = (startYear + 1) % 100;
    return startYear + (next < 10 ? "/0" : "/") + next;
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
