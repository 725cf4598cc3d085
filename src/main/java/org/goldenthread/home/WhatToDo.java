package org.goldenthread.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.Standing;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Returns;
import org.goldenthread.notice.Notice;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.Notices;
import org.goldenthread.period.Period;
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

  /** A return owed: its figures still to enter or to send for verification. */
  public record Owed(Return line) {}

  /** A calendar task missed or due. */
  public record Task(CalendarEntry entry, Standing standing) {}

  /** A notice, in words for the person, with the page that does it. */
  public record Told(String text, String link, Instant at, boolean chase) {}

  /** The three lists; empty lists mean nothing to do. */
  public record ToDo(List<Owed> returns, List<Task> tasks, List<Told> notices) {
    public boolean isEmpty() {
      return returns.isEmpty() && tasks.isEmpty() && notices.isEmpty();
    }
  }

  private final ReportingPeriods periods;
  private final Returns returns;
  private final CalendarService calendar;
  private final Notices notices;
  private final IndicatorService indicators;
  private final DisplayFormats formats;

  WhatToDo(
      ReportingPeriods periods,
      Returns returns,
      CalendarService calendar,
      Notices notices,
      IndicatorService indicators,
      DisplayFormats formats) {
    this.periods = periods;
    this.returns = returns;
    this.calendar = calendar;
    this.notices = notices;
    this.indicators = indicators;
    this.formats = formats;
  }

  ToDo of(long personId) {
    LocalDate today = calendar.today();
    return new ToDo(owed(personId), tasks(personId, today), told(personId, today));
  }

  private List<Owed> owed(long personId) {
    List<Owed> owed = new ArrayList<>();
    List<ReportingPeriod> open = periods.open();
    // Only the person's own indicators are read, not the whole council's, on every home page.
    List<Indicator> theirs = open.isEmpty() ? List.of() : indicators.responsibleFor(personId);
    for (ReportingPeriod period : open) {
      for (Return r : returns.in(period.getPeriod(), theirs, calendar.today())) {
        if (r.stage().isOwed()) {
          owed.add(new Owed(r));
        }
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
