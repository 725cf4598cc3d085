package org.goldenthread.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.Person;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * The demo council's annual cycle, as it stands today: this year's calendar made from the template,
 * its tasks owned by the officers who would do them, those past their date done but one, which is
 * missed, and one of Sam Patel's due this fortnight; the quarter most recently ended open for
 * reporting and the one before closed; and one of the quarter's figures returned for correction.
 */
@Component
class DemoCycle {

  /** Who owns the template's tasks that no body owns, by what they concern. */
  private static final Map<Concerns, String> OWNERS =
      Map.of(
          Concerns.APPRAISAL, "hhr",
          Concerns.RESULTS, "perf",
          Concerns.REPORT, "perf",
          Concerns.PLAN, "hppp",
          Concerns.BUDGET, "hfin",
          Concerns.MEETING, "perf",
          Concerns.OTHER, "perf");

  /** The figure sent back for correction: a quarterly count its officer submitted. */
  static final String RETURNED = "HSG-01";

  private final CalendarService calendar;
  private final ReportingPeriods periods;
  private final IndicatorService indicators;
  private final IndicatorValueRepository values;
  private final DataEntry entry;
  private final EntityManager entityManager;
  private final Clock clock;

  DemoCycle(
      CalendarService calendar,
      ReportingPeriods periods,
      IndicatorService indicators,
      IndicatorValueRepository values,
      DataEntry entry,
      EntityManager entityManager,
      Clock clock) {
    this.calendar = calendar;
    this.periods = periods;
    this.indicators = indicators;
    this.values = values;
    this.entry = entry;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** Called by the demo council loader, in its transaction, after the indicators. */
  void load(Map<String, Person> people, PersonRef team) {
    LocalDate today = LocalDate.now(clock);
    loadCalendar(people, today);
    Period reporting = Period.containing(today, PeriodType.QUARTER).previous();
    periods.close(periods.open(reporting.previous(), team).getId(), team);
    periods.open(reporting, team);
    indicators
        .findByCode(RETURNED)
        .flatMap(i -> values.findByIndicatorAndPeriod(i, reporting))
        .ifPresent(
            v ->
                entry.returnForCorrection(
                    v.getId(),
                    "The count includes households placed in the last week of the quarter twice:"
                        + " please check against the case list and enter it again."));
  }

  private void loadCalendar(Map<String, Person> people, LocalDate today) {
    List<CalendarEntry> year = calendar.createYear(FinancialYear.of(today));
    List<CalendarEntry> tasks =
        year.stream()
            .filter(e -> e.getKind() == EntryKind.TASK)
            .sorted(Comparator.comparing(CalendarEntry::getDueOn))
            .toList();
    for (CalendarEntry task : tasks) {
      if (task.getOwnerBody() == null) {
        task.ownedBy(people.get(OWNERS.getOrDefault(task.getConcerns(), "perf")), null);
      }
    }
    List<CalendarEntry> past = tasks.stream().filter(t -> t.getDueOn().isBefore(today)).toList();
    Person officer = people.get("revofficer");
    if (past.isEmpty()) {
      // Early in April nothing in the template has passed yet: the officer's own check has.
      task(
          officer, "Last year's collection figures checked against the ledger", today.minusDays(3));
    }
    // Every task past its date was done on time, but the latest, which is missed.
    for (int i = 0; i < past.size() - 1; i++) {
      CalendarEntry done = past.get(i);
      Person owner = done.getOwnerPerson();
      done.markDone(
          done.getDueOn(),
          owner == null
              ? PersonRef.person(people.get("perf").getId(), people.get("perf").getFullName())
              : PersonRef.person(owner.getId(), owner.getFullName()));
    }
    task(officer, "Quarterly data quality check of council tax figures", today.plusDays(5));
  }

  private void task(Person owner, String title, LocalDate due) {
    CalendarEntry task =
        new CalendarEntry(FinancialYear.of(due), title, EntryKind.TASK, Concerns.OTHER, null, due);
    task.ownedBy(owner, null);
    entityManager.persist(task);
  }
}
