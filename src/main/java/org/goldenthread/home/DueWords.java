package org.goldenthread.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A deadline in words from the day it is read: "due in 3 days", "due today", "5 days late". */
final class DueWords {

  private DueWords() {}

  /** How far off a deadline is, or how late once it has passed. */
  static String of(LocalDate deadline, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, deadline);
    if (days < 0) {
      return days(-days) + " late";
    }
    if (days == 0) {
      return "due today";
    }
    if (days == 1) {
      return "due tomorrow";
    }
    return "due in " + days(days);
  }

  /** A date passed or to come, for a deadline that is not owed: "in 3 days", "5 days ago". */
  static String since(LocalDate deadline, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, deadline);
    if (days == 0) {
      return "today";
    }
    return days < 0 ? days(-days) + " ago" : "in " + days(days);
  }

  private static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }
}
