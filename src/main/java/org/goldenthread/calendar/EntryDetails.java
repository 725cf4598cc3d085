package org.goldenthread.calendar;

import java.time.LocalDate;

/**
 * What the performance team sets on one year's event or task: what it is, what it concerns (and
 * which record, by id), its owner (a person or a body, or nobody yet) and its dates.
 */
public record EntryDetails(
    String title,
    String description,
    EntryKind kind,
    Concerns concerns,
    Long concernsId,
    Long ownerPersonId,
    Long ownerBodyId,
    LocalDate startsOn,
    LocalDate dueOn) {}
