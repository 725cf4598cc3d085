package org.goldenthread.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
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

  public LocalDate in(FinancialYear year) {
    int calendarYear = month >= Month.APRIL.getValue() ? year.startYear() : year.startYear() + 1;
    YearMonth ym = YearMonth.of(calendarYear, month);
    return ym.atDay(Math.min(day, ym.lengthOfMonth()));
  }
}
