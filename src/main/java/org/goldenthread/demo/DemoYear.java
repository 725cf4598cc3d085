package org.goldenthread.demo;

import java.time.LocalDate;
import java.time.Month;

/**
 * The financial year the demo council's plans are set in: the one running when the demo is loaded.
 * Dating the plans from it keeps them current, so that only the plan meant to have missed its
 * review shows as overdue, whenever the demo is installed.
 */
record DemoYear(int firstYear) {

  static DemoYear containing(LocalDate day) {
    return new DemoYear(
        day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
  }

  DemoYear plus(int years) {
    return new DemoYear(firstYear + years);
  }

  LocalDate start() {
    return LocalDate.of(firstYear, Month.APRIL, 1);
  }

  LocalDate end() {
    return LocalDate.of(firstYear + 1, Month.MARCH, 31);
  }

  /**
   * A day in this year: April to December fall in its first calendar year, January to March in its
   * second.
   */
  LocalDate on(Month month, int day) {
    return LocalDate.of(month.compareTo(Month.APRIL) >= 0 ? firstYear : firstYear + 1, month, day);
  }

  /** "2026/27". */
  String label() {
    return String.format("%d/%02d", firstYear, (firstYear + 1) % 100);
  }

  /** "2026-27", for plan codes. */
  String code() {
    return label().replace('/', '-');
  }

  /** The last day of the quarter before the one {@code day} falls in. */
  static LocalDate lastQuarterEndBefore(LocalDate day) {
    int firstMonthOfQuarter = (day.getMonthValue() - 1) / 3 * 3 + 1;
    return LocalDate.of(day.getYear(), firstMonthOfQuarter, 1).minusDays(1);
  }
}
