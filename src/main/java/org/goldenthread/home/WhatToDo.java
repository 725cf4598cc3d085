package org.goldenthread.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.Standing;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.notice.Notice;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.Notices;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person needs to do, for the top of their home page: the returns they owe in the open
 * reporting periods, their calendar tasks missed or due, and what they have been told lately.
 */
@Component
@Transactional(readOnly = true)
class WhatToDo {

  /** How far back the home page lists a person's notices. */
  static final int NOTICE_DAYS = 14;

  /**
   * A return owed: its figures still to enter or to send for verification, and its deadline in
   * words ("due in 3 days", "5 days late").
   */
  public record Owed(Return line, String when) {}

  /** A calendar task missed or due. */
  public record Task(CalendarEntry entry, Standing standing) {}

  /** A notice, in words for the person, with the page that does it. */
  public record Told(String text, String link, Instant at, boolean chase) {}

  /**
   * The lists, with the returns due from the person counted and their actions due a progress update
   * this quarter; empty lists mean nothing to do.
   */
  public record ToDo(
      List<Owed> returns,
      List<Task> tasks,
      List<Told> notices,
      Tally tally,
      Period quarter,
      List<Action> actions) {
    public boolean isEmpty() {
      return returns.isEmpty() && tasks.isEmpty() && notices.isEmpty() && actions.isEmpty();
    }
  }

  private final OpenReturns open;
  private final ActionService actions;
  private final CalendarService calendar;
  private final Notices notices;
  private final IndicatorService indicators;
  private final DisplayFormats formats;

  WhatToDo(
      OpenReturns open,
      ActionService actions,
      CalendarService calendar,
      Notices notices,
      IndicatorService indicators,
      DisplayFormats formats) {
    this.open = open;
    this.actions = actions;
    this.calendar = calendar;
    this.notices = notices;
    this.indicators = indicators;
    this.formats = formats;
  }

  /**
   * What the person needs to do; for a partner user ({@code organisationId} not null), the returns
   * are those of the indicators their organisation provides the figures of, as on their list of
   * indicators.
   */
  ToDo of(long personId, Long organisationId) {
    LocalDate today = calendar.today();
    // Only the person's own indicators are read, not the whole council's, on every home page.
    List<Return> due =
        open.of(
                organisationId == null
                    ? indicators.responsibleFor(personId)
                    : indicators.providedBy(organisationId))
            .returns();
    Period quarter = Period.containing(today, PeriodType.QUARTER);
    return new ToDo(
        owed(due, today),
        tasks(personId, today),
        told(personId, today),
        Tally.of(due),
        quarter,
        actions.ofPerson(personId).stream().filter(a -> a.needsUpdate(quarter)).toList());
  }

  private static List<Owed> owed(List<Return> due, LocalDate today) {
    List<Owed> owed = new ArrayList<>();
    for (Return r : due) {
      if (r.stage().isOwed()) {
        owed.add(new Owed(r, DueWords.of(r.deadline(), today)));
      }
    }
    owed.sort(
        Comparator.comparing((Owed o) -> o.line().deadline()).thenComparing(o -> o.line().code()));
    return owed;
  }

  private List<Task> tasks(long personId, LocalDate today) {
    return calendar.ofPerson(personId).stream()
        .filter(e -> e.getKind() == EntryKind.TASK)
        .map(e -> new Task(e, e.standing(today)))
        .filter(t -> t.standing() == Standing.MISSED || t.standing() == Standing.DUE)
        .toList();
  }

  private List<Told> told(long personId, LocalDate today) {
    Instant since = today.minusDays(NOTICE_DAYS).atStartOfDay(DisplayFormats.UK).toInstant();
    return notices.of(personId).stream()
        .filter(n -> !n.getCreatedAt().isBefore(since))
        .map(this::words)
        .toList();
  }

  /**
   * A chase reads as the performance team asking for the figures, named by the indicator's code and
   * period found in what it is about; any other notice reads as its title.
   */
  private Told words(Notice n) {
    boolean chase = n.getKind() == NoticeKind.CHASE;
    String text = n.getTitle();
    if (chase) {
      Indicator indicator = null;
      Period period = null;
      for (String part : n.getSubjectKey().split(":")) {
        if (part.matches("\\d+") && indicator == null) {
          indicator = indicator(Long.parseLong(part));
        } else if (period == null) {
          period = period(part);
        }
      }
      if (indicator != null && period != null) {
        text =
            "The performance team has asked for your figures for "
                + indicator.getCode()
                + ", "
                + period.label()
                + (n.getDueOn() == null ? "" : ", due " + formats.date(n.getDueOn()));
      }
    }
    return new Told(text, n.getLink(), n.getCreatedAt(), chase);
  }

  private Indicator indicator(long id) {
    try {
      return indicators.get(id);
    } catch (RecordNotFoundException notAnIndicator) {
      return null;
    }
  }

  private static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException notAPeriod) {
      return null;
    }
  }
}
