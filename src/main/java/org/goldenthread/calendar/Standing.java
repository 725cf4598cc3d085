package org.goldenthread.calendar;

import java.time.LocalDate;

/**
 * Where an entry stands on a day: done or cancelled as recorded; otherwise a task whose date has
 * passed is missed, one due within {@value #DUE_DAYS} days is due, and anything later is upcoming.
 * An event whose date has passed without being cancelled has happened.
 */
public enum Standing {
  DONE("Done"),
  CANCELLED("Cancelled"),
  MISSED("Missed"),
  DUE("Due"),
  UPCOMING("Upcoming"),
  HAPPENED("Happened");

  /** How close a task's due date must be for it to count as due rather than upcoming. */
  public static final int DUE_DAYS = 14;

  private final String label;

  Standing(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Standing of(EntryKind kind, EntryState state, LocalDate dueOn, LocalDate today) {
    if (state == EntryState.DONE) {
      return DONE;
    }
    if (state == EntryState.CANCELLED) {
      return CANCELLED;
    }
    if (dueOn.isBefore(today)) {
      return kind == EntryKind.TASK ? MISSED : HAPPENED;
    }
    return dueOn.isAfter(today.plusDays(DUE_DAYS)) ? UPCOMING : DUE;
  }
}
