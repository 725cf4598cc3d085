package org.goldenthread.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's calendar: years made from the template, and the tasks people owe. */
@Service
@Transactional(readOnly = true)
public class CalendarService {

  private final CalendarEntryRepository entries;
  private final CalendarTemplateRepository template;
  private final GovernanceService governance;
  private final Clock clock;

  CalendarService(
      CalendarEntryRepository entries,
      CalendarTemplateRepository template,
      GovernanceService governance,
      Clock clock) {
    this.entries = entries;
    this.template = template;
    this.governance = governance;
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

  private static Optional<Body> bodyOfType(List<Body> bodies, CalendarTemplateEntry t) {
    if (t.getOwnerBodyType() == null) {
      return Optional.empty();
    }
    return bodies.stream().filter(b -> b.getType() == t.getOwnerBodyType()).findFirst();
  }
}
