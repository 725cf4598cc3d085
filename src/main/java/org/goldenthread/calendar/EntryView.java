package org.goldenthread.calendar;

import java.time.LocalDate;
import org.goldenthread.calendar.ConcernedRecords.Concerned;

/**
 * An entry as the pages, the API and the feeds show it on a day: where it stands, who owns it and
 * the record it concerns (null when it names none).
 */
public record EntryView(CalendarEntry entry, Standing standing, Owner owner, Concerned concerned) {

  /** Who owns an entry: a person or a body, or nobody yet (type NONE). */
  public record Owner(OwnerType type, Long id, String name) {

    static final Owner NOBODY = new Owner(OwnerType.NONE, null, "Nobody yet");

    /** The owner's page: a person's or a body's. */
    public String path() {
      return switch (type) {
        case PERSON -> "/people/" + id;
        case BODY -> "/bodies/" + id;
        case NONE -> null;
      };
    }

    /** The value a filter or form's select carries for it: P12 or B3. */
    public String key() {
      return type == OwnerType.NONE ? "" : type.name().charAt(0) + String.valueOf(id);
    }
  }

  /** A person or a body. */
  public enum OwnerType {
    PERSON,
    BODY,
    NONE
  }

  public static EntryView of(CalendarEntry entry, LocalDate today, Concerned concerned) {
    return new EntryView(entry, entry.standing(today), ownerOf(entry), concerned);
  }

  public static Owner ownerOf(CalendarEntry entry) {
    if (entry.getOwnerPerson() != null) {
      return new Owner(
          OwnerType.PERSON, entry.getOwnerPerson().getId(), entry.getOwnerPerson().getFullName());
    }
    if (entry.getOwnerBody() != null) {
      return new Owner(
          OwnerType.BODY, entry.getOwnerBody().getId(), entry.getOwnerBody().getName());
    }
    return Owner.NOBODY;
  }

  /** A task still to do: neither done nor cancelled. */
  public boolean isOpenTask() {
    return entry.getKind() == EntryKind.TASK && entry.getState() == EntryState.PLANNED;
  }

  /** The day it starts: its window's first day, or its due date. */
  public LocalDate startsOn() {
    return entry.getStartsOn() != null ? entry.getStartsOn() : entry.getDueOn();
  }
}
