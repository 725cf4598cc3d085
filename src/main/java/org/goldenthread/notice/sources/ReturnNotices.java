package org.goldenthread.notice.sources;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Returns;
import org.goldenthread.indicator.reporting.Stage;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.NoticeProperties;
import org.goldenthread.notice.NoticeSource;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns owed in each open reporting period: the reminder to the responsible officer from {@code
 * lead} working days before the deadline, the late notice from the day after it, the escalation to
 * their line manager {@code escalation} working days after it; figures waiting for verification to
 * the accountable person; figures returned for correction to whoever entered them. Each notice is
 * keyed by the indicator and its period (a verification or a return also by when the figures were
 * submitted, so a second round is a new notice).
 */
@Component
class ReturnNotices implements NoticeSource {

  private final ReportingPeriods periods;
  private final Returns returns;
  private final IndicatorValueRepository values;
  private final PersonService people;
  private final WorkingDays workingDays;
  private final NoticeProperties settings;

  ReturnNotices(
      ReportingPeriods periods,
      Returns returns,
      IndicatorValueRepository values,
      PersonService people,
      Deadlines deadlines,
      NoticeProperties settings) {
    this.periods = periods;
    this.returns = returns;
    this.values = values;
    this.people = people;
    this.workingDays = deadlines.workingDays();
    this.settings = settings;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeItem> due(LocalDate today) {
    List<NoticeItem> due = new ArrayList<>();
    for (ReportingPeriod open : periods.open()) {
      for (Return r : returns.in(open.getPeriod(), today)) {
        owed(r, today, due);
        checked(r, due);
      }
    }
    return due;
  }

  private void owed(Return r, LocalDate today, List<NoticeItem> due) {
    if (!r.stage().isOwed() || r.responsibleId() == null) {
      return;
    }
    String key = key(r);
    String what = r.code() + " " + r.title() + " for " + r.period().label();
    String link = enterLink(r);
    LocalDate remindFrom = workingDays.addWorkingDays(r.deadline(), -settings.leadWorkingDays());
    if (!today.isBefore(remindFrom) && !today.isAfter(r.deadline())) {
      due.add(
          new NoticeItem(
              r.responsibleId(),
              NoticeKind.DEADLINE_SOON,
              key,
              what,
              "Enter and submit the figures for verification.",
              r.deadline(),
              link));
    }
    if (today.isAfter(r.deadline())) {
      due.add(
          new NoticeItem(
              r.responsibleId(),
              NoticeKind.LATE,
              key,
              what,
              "These figures were due and have not been submitted for verification.",
              r.deadline(),
              link));
    }
    LocalDate escalateFrom =
        workingDays.addWorkingDays(r.deadline(), settings.escalationWorkingDays());
    if (!today.isBefore(escalateFrom)) {
      Person manager = people.get(r.responsibleId()).getLineManager();
      if (manager != null) {
        due.add(
            new NoticeItem(
                manager.getId(),
                NoticeKind.LATE_ESCALATION,
                key,
                what,
                r.responsibleName()
                    + " is responsible for these figures, which are "
                    + r.daysLate(today)
                    + " days late.",
                r.deadline(),
                "/returns?period=" + encode(r.period().label())));
      }
    }
  }

  private void checked(Return r, List<NoticeItem> due) {
    if (r.valueId() == null) {
      return;
    }
    if (r.stage() == Stage.SUBMITTED && r.accountableId() != null) {
      IndicatorValue value = values.findById(r.valueId()).orElse(null);
      if (value != null && value.getSubmittedAt() != null) {
        due.add(
            new NoticeItem(
                r.accountableId(),
                NoticeKind.VALUE_TO_VERIFY,
                "value:" + r.valueId() + ":submitted:" + value.getSubmittedAt().toEpochMilli(),
                r.code() + " " + r.title() + " for " + r.period().label(),
                "Submitted by " + value.getSubmittedBy() + ".",
                null,
                "/verification"));
      }
    }
    if (r.returned()) {
      IndicatorValue value = values.findById(r.valueId()).orElse(null);
      if (value == null || value.getSubmittedAt() == null) {
        return;
      }
      Long enteredBy =
          value.getEnteredByPerson() == null ? null : value.getEnteredByPerson().personId();
      Long to = enteredBy != null ? enteredBy : r.responsibleId();
      if (to != null) {
        due.add(
            new NoticeItem(
                to,
                NoticeKind.VALUE_RETURNED,
                "value:" + r.valueId() + ":returned:" + value.getSubmittedAt().toEpochMilli(),
                r.code() + " " + r.title() + " for " + r.period().label(),
                value.getChangeReason() == null
                    ? "Correct the figures and submit them again."
                    : "Reason given: " + value.getChangeReason(),
                r.deadline(),
                enterLink(r)));
      }
    }
  }

  static String key(Return r) {
    return "return:" + r.indicatorId() + ":" + r.period().label();
  }

  static String enterLink(Return r) {
    return "/indicators/" + r.indicatorId() + "/enter?period=" + encode(r.period().label());
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
