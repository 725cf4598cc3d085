package org.goldenthread.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period inside one UK financial year: {@code year} is the financial year's start year
 * and {@code index} counts from 1 within it (M01 = April … M12 = March, Q1 = April–June … Q4 =
 * January–March, H1 = Q1+Q2, the financial year itself is index 1). Periods never cross a financial
 * year, so every coarser period holds whole finer ones.
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

  // Strict on purpose: labels are stored, compared and imported as text, so only the form that
  // label() writes is accepted (months always two digits, one space before the suffix).
  private static final Pattern LABEL =
      Pattern.compile("(\\d{4}/\\d{2})(?: (?:M(\\d{2})|Q(\\d)|H(\\d)))?");

  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start).thenComparingInt(period -> period.type().months());

  public Period {
    Objects.requireNonNull(type, "A period needs a type");
    new FinancialYear(year); // the same year range and message as FinancialYear
    if (!fits(type, index)) {
      throw new IllegalArgumentException(
          "There is no "
              + type.label().toLowerCase(Locale.ROOT)
              + " "
              + index
              + " in a financial year; use 1 to "
              + type.perYear());
    }
  }

  private static boolean fits(PeriodType type, int index) {
    return index >= 1 && index <= type.perYear();
  }

  public static Period month(YearMonth month) {
    int financialYear = FinancialYear.of(month.atDay(1)).startYear();
    // April is month 1 of the financial year, March month 12.
    int index = Math.floorMod(month.getMonthValue() - 4, 12) + 1;
    return new Period(PeriodType.MONTH, financialYear, index);
  }

  public static Period quarter(int financialYear, int quarter) {
    return new Period(PeriodType.QUARTER, financialYear, quarter);
  }

  public static Period half(int financialYear, int half) {
    return new Period(PeriodType.HALF_YEAR, financialYear, half);
  }

  public static Period year(int financialYear) {
    return new Period(PeriodType.FINANCIAL_YEAR, financialYear, 1);
  }

  /** The period of the given type that a date falls in. */
  public static Period containing(LocalDate date, PeriodType type) {
    return month(YearMonth.from(date)).enclosing(type);
  }

  /**
   * Reads a label exactly as {@link #label()} writes it: {@code 2025/26}, {@code 2025/26 H1},
   * {@code 2025/26 Q2} or {@code 2025/26 M07}. Surrounding spaces and the letters' case are
   * ignored; anything else (a one-digit month such as M7, a wrong second year, Q5) is refused.
   */
  public static Period parse(String text) {
    if (text == null) {
      return read(null);
    }
    Period known = PARSED.get(text);
    if (known != null) {
      return known;
    }
    Period period = read(text);
    if (PARSED.size() < PARSED_KEPT) {
      PARSED.put(text, period);
    }
    return period;
  }

  /**
   * Labels already read: every figure read from the database or a file carries one, and a council
   * has a few hundred distinct labels at most.
   */
  private static final Map<String, Period> PARSED = new ConcurrentHashMap<>();

  private static final int PARSED_KEPT = 10_000;

  private static Period read(String text) {
    String trimmed = FinancialYear.shown(text);
    Matcher matcher = LABEL.matcher(trimmed.toUpperCase(Locale.ROOT));
    if (matcher.matches()) {
      FinancialYear year = FinancialYear.parseOrNull(matcher.group(1));
      PeriodType type = PeriodType.FINANCIAL_YEAR;
      int index = 1;
      if (matcher.group(2) != null) {
        type = PeriodType.MONTH;
        index = Integer.parseInt(matcher.group(2));
      } else if (matcher.group(3) != null) {
        type = PeriodType.QUARTER;
        index = Integer.parseInt(matcher.group(3));
      } else if (matcher.group(4) != null) {
        type = PeriodType.HALF_YEAR;
        index = Integer.parseInt(matcher.group(4));
      }
      if (year != null && fits(type, index)) {
        return new Period(type, year.startYear(), index);
      }
    }
    throw new PeriodFormatException(
        text, FinancialYear.notA("period", text, "2025/26, 2025/26 H1, 2025/26 Q2 or 2025/26 M07"));
  }

  public FinancialYear financialYear() {
    return new FinancialYear(year);
  }

  public LocalDate start() {
    return financialYear().start().plusMonths((long) (index - 1) * type.months());
  }

  public LocalDate end() {
    return start().plusMonths(type.months()).minusDays(1);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** True when every day of the other period is in this one; a period contains itself. */
  public boolean contains(Period other) {
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  public Period previous() {
    return shift(-1);
  }

  public Period next() {
    return shift(1);
  }

  /** The same period a year earlier, for year-on-year comparison: 2025/26 Q2 → 2024/25 Q2. */
  public Period sameLastYear() {
    return new Period(type, year - 1, index);
  }

  private Period shift(int steps) {
    int position = year * type.perYear() + (index - 1) + steps;
    return new Period(
        type, Math.floorDiv(position, type.perYear()), Math.floorMod(position, type.perYear()) + 1);
  }

  /** The periods of a finer (or the same) type that make up this one, earliest first. */
  public List<Period> within(PeriodType finer) {
    if (finer.months() > type.months()) {
      throw new IllegalArgumentException(
          "A "
              + type.label().toLowerCase(Locale.ROOT)
              + " has no "
              + finer.label().toLowerCase(Locale.ROOT)
              + " inside it");
    }
    int count = type.months() / finer.months();
    int first = (index - 1) * count + 1;
    List<Period> periods = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      periods.add(new Period(finer, year, first + i));
    }
    return List.copyOf(periods);
  }

  /** The period of a coarser (or the same) type that holds this one: M07 → Q3 → H2 → the year. */
  public Period enclosing(PeriodType coarser) {
    if (coarser.months() < type.months()) {
      throw new IllegalArgumentException(
          "A "
              + type.label().toLowerCase(Locale.ROOT)
              + " does not fit inside one "
              + coarser.label().toLowerCase(Locale.ROOT));
    }
    int firstMonth = (index - 1) * type.months();
    return new Period(coarser, year, firstMonth / coarser.months() + 1);
  }

  public String label() {
    String year = financialYear().label();
    return switch (type) {
      case MONTH -> year + (index < 10 ? " M0" : " M") + index;
      case QUARTER -> year + " Q" + index;
      case HALF_YEAR -> year + " H" + index;
      case FINANCIAL_YEAR -> year;
    };
  }

  /** Earliest start first; when two start together, the shorter comes first (M01, Q1, H1, year). */
  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return label();
  }
}
