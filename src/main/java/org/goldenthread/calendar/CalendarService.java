package org.goldenthread.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's calendar: years made from the template, and the tasks people owe. */
@Service
@Transactional(readOnly = true)
public class CalendarService {

  private final CalendarEntryRepository entries;
  private final CalendarTemplateRepository template;
  private final GovernanceService governance;
  private final PersonService people;
  private final Clock clock;

  CalendarService(
      CalendarEntryRepository entries,
      CalendarTemplateRepository template,
      GovernanceService governance,
      PersonService people,
      Clock clock) {
    this.entries = entries;
    this.template = template;
    this.governance = governance;
    this.people = people;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public CalendarEntry get(long id) {
    return entries
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Calendar entry", id));
  }

  /** The template's lines in the order of the financial year. */
  public List<CalendarTemplateEntry> template() {
    FinancialYear any = FinancialYear.of(today());
    return template.findAll().stream()
        .sorted(Comparator.comparing((CalendarTemplateEntry t) -> t.due().in(any)))
        .toList();
  }

  public boolean hasYear(FinancialYear year) {
    return entries.existsByFinancialYear(year.startYear());
  }

  /** A year's events and tasks by due date. */
  public List<CalendarEntry> year(FinancialYear year) {
    return entries.findByYear(year.startYear());
  }

  public List<CalendarEntry> ofPerson(long personId) {
    return entries.findByOwnerPerson(personId);
  }

  public List<CalendarEntry> ofBody(long bodyId) {
    return entries.findByOwnerBody(bodyId);
  }

  /** Tasks not yet done or cancelled whose due date falls between the two days, inclusive. */
  public List<CalendarEntry> openTasksDueBetween(LocalDate from, LocalDate to) {
    return entries.findOpenTasksDueBetween(from, to);
  }

  /**
   * Makes a year's calendar from the template, its dates moved to the year; refused if the year has
   * one already. Body owners are the council's first body of the template's type.
   */
  @Transactional
  public List<CalendarEntry> createYear(FinancialYear year) {
    if (hasYear(year)) {
      throw new RuleViolationException(
          "year", "The calendar for " + year.label() + " exists already.");
    }
    List<Body> bodies = governance.bodies();
    List<CalendarEntry> made =
        template().stream()
            .map(
                t -> {
                  CalendarEntry entry = t.forYear(year);
                  entry.ownedBy(null, bodyOfType(bodies, t).orElse(null));
                  return entry;
                })
            .toList();
    return entries.saveAll(made);
  }

  @Transactional
  public CalendarEntry markDone(long id, PersonRef by) {
    CalendarEntry entry = get(id);
    entry.markDone(today(), by);
    return entry;
  }

  /** Marks a task done as its owner saw it: refused if someone changed it since. */
  @Transactional
  public CalendarEntry markDone(long id, Long version, PersonRef by) {
    CalendarEntry entry = get(id);
    Versioned.check("task", entry.getVersion(), version);
    if (entry.getState() == EntryState.CANCELLED) {
      throw new RuleViolationException(null, "This has been cancelled, so it cannot be done.");
    }
    entry.markDone(today(), by);
    return entry;
  }

  /** A person's events and tasks and those of every body they sit on, by due date. */
  public List<CalendarEntry> ofPersonAndTheirBodies(long personId) {
    List<Long> bodyIds = new ArrayList<>(bodyIdsOf(personId));
    if (bodyIds.isEmpty()) {
      bodyIds.add(-1L);
    }
    return entries.findByOwnerPersonOrBodies(personId, bodyIds);
  }

  /** The ids of the bodies the person sits on. */
  public Set<Long> bodyIdsOf(long personId) {
    return governance.seatsOf(people.get(personId)).stream()
        .map(m -> m.getBody().getId())
        .collect(Collectors.toSet());
  }

  /** Adds an event or task to a year's calendar. */
  @Transactional
  public CalendarEntry add(FinancialYear year, EntryDetails details) {
    checkInYear(year, details);
    CalendarEntry entry =
        new CalendarEntry(
            year,
            details.title(),
            details.kind(),
            details.concerns(),
            details.startsOn(),
            details.dueOn());
    apply(entry, details);
    return entries.save(entry);
  }

  /** Changes an entry as the editor saw it: refused if someone changed it since. */
  @Transactional
  public CalendarEntry change(long id, EntryDetails details, Long version) {
    CalendarEntry entry = get(id);
    Versioned.check("calendar entry", entry.getVersion(), version);
    checkInYear(entry.getFinancialYear(), details);
    entry.schedule(details.startsOn(), details.dueOn());
    apply(entry, details);
    return entry;
  }

  @Transactional
  public CalendarEntry cancel(long id, Long version) {
    CalendarEntry entry = get(id);
    Versioned.check("calendar entry", entry.getVersion(), version);
    if (entry.getState() == EntryState.CANCELLED) {
      throw new RuleViolationException(null, "This is cancelled already.");
    }
    entry.cancel();
    return entry;
  }

  @Transactional
  public CalendarEntry reinstate(long id, Long version) {
    CalendarEntry entry = get(id);
    Versioned.check("calendar entry", entry.getVersion(), version);
    if (entry.getState() == EntryState.PLANNED) {
      throw new RuleViolationException(null, "This is planned already: there is nothing to undo.");
    }
    entry.reinstate();
    return entry;
  }

  private void apply(CalendarEntry entry, EntryDetails details) {
    entry.describe(
        details.title(),
        details.description(),
        details.kind(),
        details.concerns(),
        details.concernsId());
    entry.ownedBy(
        details.ownerPersonId() == null ? null : people.get(details.ownerPersonId()),
        details.ownerBodyId() == null ? null : governance.body(details.ownerBodyId()));
  }

  private static void checkInYear(FinancialYear year, EntryDetails details) {
    if (details.dueOn() != null && !year.contains(details.dueOn())) {
      throw new RuleViolationException(
          "dueOn",
          "The due date must fall in "
              + year.label()
              + ", between 1 April "
              + year.startYear()
              + " and 31 March "
              + (year.startYear() + 1)
              + ".");
    }
    if (details.startsOn() != null && !year.contains(details.startsOn())) {
      throw new RuleViolationException(
          "startsOn", "The start must fall in " + year.label() + " too.");
    }
  }

  private static Optional<Body> bodyOfType(List<Body> bodies, CalendarTemplateEntry t) {
    if (t.getOwnerBodyType() == null) {
      return Optional.empty();
    }
    return bodies.stream().filter(b -> b.getType() == t.getOwnerBodyType()).findFirst();
  }
}
