package org.goldenthread.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** Monday to Friday, less bank holidays: the days on which officers are expected to enter data. */
public final class WorkingDays {

  private final BankHolidays holidays;

  public WorkingDays(BankHolidays holidays) {
    this.holidays = Objects.requireNonNull(holidays, "Working days need a bank holiday list");
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
  }

  /** The nth working day of a month, counting from 1; refused if the month has fewer. */
  public LocalDate nthWorkingDayOfMonth(YearMonth month, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Count working days from 1, not " + n);
    }
    int seen = 0;
    for (LocalDate day = month.atDay(1);
        !day.isAfter(month.atEndOfMonth());
        day = day.plusDays(1)) {
      if (isWorkingDay(day) && ++seen == n) {
        return day;
      }
    }
    throw new IllegalArgumentException(
        month + " has only " + seen + " working days, so it has no working day " + n);
  }

  /**
   * The date {@code days} working days after {@code from} (before it when negative), not counting
   * {@code from} itself; zero returns {@code from} unchanged even if it is not a working day.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    int step = Integer.signum(days);
    LocalDate day = from;
    for (int left = Math.abs(days); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  public BankHolidays holidays() {
    return holidays;
  }
}
