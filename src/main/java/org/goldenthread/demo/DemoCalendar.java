package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryDetails;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.EntryState;
import org.goldenthread.organisation.Person;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * The demo council's calendar for the running year, made from the template: its tasks given to the
 * performance team and the Revenues service, those already past done except the latest (left
 * missed), and a task of the demo officer's due in five days.
 */
@Component
class DemoCalendar {

  private final CalendarService calendar;
  private final Clock clock;

  DemoCalendar(CalendarService calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  void load(Map<String, Person> people, PersonRef admin) {
    LocalDate today = LocalDate.now(clock);
    FinancialYear year = FinancialYear.of(today);
    if (calendar.hasYear(year)) {
      return;
    }
    List<CalendarEntry> made = calendar.createYear(year);
    for (CalendarEntry e : made) {
      if (e.getKind() == EntryKind.TASK && e.getOwnerBody() == null) {
        Person owner = ownerOf(e, people);
        calendar.change(e.getId(), details(e, owner.getId()), null);
      }
    }
    List<CalendarEntry> past =
        made.stream()
            .filter(e -> e.getKind() == EntryKind.TASK && e.getDueOn().isBefore(today))
            .sorted(Comparator.comparing(CalendarEntry::getDueOn))
            .toList();
    // All but the latest are done: that one is the council's missed task.
    past.stream()
        .limit(Math.max(0, past.size() - 1))
        .filter(e -> e.getState() == EntryState.PLANNED)
        .forEach(e -> calendar.markDone(e.getId(), admin));
    LocalDate soon = today.plusDays(5).isAfter(year.end()) ? year.end() : today.plusDays(5);
    calendar.add(
        year,
        new EntryDetails(
            "Quarterly returns chased",
            "Every figure due for the quarter entered, or its officer reminded.",
            EntryKind.TASK,
            Concerns.RESULTS,
            null,
            people.get("revofficer").getId(),
            null,
            null,
            soon));
  }

  private static Person ownerOf(CalendarEntry e, Map<String, Person> people) {
    return switch (e.getConcerns()) {
      case PLAN, APPRAISAL -> people.get("hrevben");
      case RESULTS -> people.get("revofficer");
      default -> people.get("perf");
    };
  }

  private static EntryDetails details(CalendarEntry e, long ownerId) {
    return new EntryDetails(
        e.getTitle(),
        e.getDescription(),
        e.getKind(),
        e.getConcerns(),
        e.getConcernsId(),
        ownerId,
        null,
        e.getStartsOn(),
        e.getDueOn());
  }
}
