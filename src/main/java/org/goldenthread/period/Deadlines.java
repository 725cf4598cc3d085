package org.goldenthread.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Data-entry deadlines: values for a period are due by the nth working day of the month after the
 * period ends (SPEC §3; the council's setting, {@value #DEFAULT_WORKING_DAY}th by default).
 */
public final class Deadlines {

  public static final int DEFAULT_WORKING_DAY = 10;

  private final WorkingDays workingDays;

  /** Each month's nth working day, counted once: the holidays never change while running. */
  private final Map<YearMonth, Map<Integer, LocalDate>> counted = new ConcurrentHashMap<>();

  public Deadlines(WorkingDays workingDays) {
    this.workingDays = Objects.requireNonNull(workingDays, "Deadlines need working days");
  }

  /** The last day on which a value for the period is on time: Q4 2025/26 → April 2026. */
  public LocalDate deadlineFor(Period period, int nthWorkingDay) {
    YearMonth following = YearMonth.from(period.end()).plusMonths(1);
    return counted
        .computeIfAbsent(following, m -> new ConcurrentHashMap<>())
        .computeIfAbsent(nthWorkingDay, n -> workingDays.nthWorkingDayOfMonth(following, n));
  }

  /** Late only after the deadline day: a value entered on the deadline itself is on time. */
  public boolean isLate(Period period, LocalDate today, int nthWorkingDay) {
    return today.isAfter(deadlineFor(period, nthWorkingDay));
  }

  /** False when the deadline falls in a year the bank holiday list does not reach. */
  public boolean isReliable(Period period) {
    return workingDays.holidays().covers(YearMonth.from(period.end()).plusMonths(1).atDay(1));
  }

  /** The working days deadlines are counted in (the reminders count their lead time in them). */
  public WorkingDays workingDays() {
    return workingDays;
  }
}
