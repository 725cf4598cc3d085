package org.goldenthread.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.period.FinancialYear;

/**
 * A day of the financial year as the template keeps it, a month and a day: April to December fall
 * in the year it starts, January to March in the next. A day past the month's end (29 February in a
 * common year) moves to the month's last day.
 */
public record TemplateDate(int month, int day) {

  public TemplateDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("A month is 1 to 12, not " + month);
    }
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("A day is 1 to 31, not " + day);
    }
  }

  public static TemplateDate of(LocalDate date) {
    return new TemplateDate(date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * What is wrong with a month and day entered for the template, for an officer to read; empty when
   * they make a day of some year (29 February does: it is the 28th in a common year).
   */
  public static Optional<String> problem(Integer month, Integer day) {
    if (month == null || month < 1 || month > 12) {
      return Optional.of("Choose a month");
    }
    if (day == null || day < 1) {
      return Optional.of("Enter the day of the month, from 1");
    }
    Month m = Month.of(month);
    int longest = m.maxLength();
    if (day > longest) {
      return Optional.of(
          m.getDisplayName(TextStyle.FULL, Locale.UK)
              + " has "
              + (m == Month.FEBRUARY ? "at most 29" : String.valueOf(longest))
              + " days, so there is no "
              + day
              + " "
              + m.getDisplayName(TextStyle.FULL, Locale.UK));
    }
    return Optional.empty();
  }

  public LocalDate in(FinancialYear year) {
    int calendarYear = month >= Month.APRIL.getValue() ? year.startYear() : year.startYear() + 1;
    YearMonth ym = YearMonth.of(calendarYear, month);
    return ym.atDay(Math.min(day, ym.lengthOfMonth()));
  }

  /** Later in the financial year (April first, March last) than the other day. */
  public boolean isAfter(TemplateDate other) {
    return orderInYear() > other.orderInYear();
  }

  /** The month and day as an officer reads them: 30 June. */
  public String label() {
    return day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private int orderInYear() {
    int monthOfYear = (month + 12 - Month.APRIL.getValue()) % 12;
    return monthOfYear * 32 + day;
  }
}
