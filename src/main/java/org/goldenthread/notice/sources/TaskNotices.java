package org.goldenthread.notice.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.NoticeProperties;
import org.goldenthread.notice.NoticeSource;
import org.goldenthread.organisation.governance.BodyMembership;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar tasks still open: due within the lead time (TASK_DUE), and missed in the last {@value
 * #MISSED_WITHIN_DAYS} days (TASK_MISSED), to the owner, or to each member of the owning body.
 */
@Component
class TaskNotices implements NoticeSource {

  /** A task missed longer ago than this is not told of (a council switching notices on late). */
  static final int MISSED_WITHIN_DAYS = 14;

  private final CalendarService calendar;
  private final GovernanceService governance;
  private final WorkingDays workingDays;
  private final NoticeProperties settings;

  TaskNotices(
      CalendarService calendar,
      GovernanceService governance,
      Deadlines deadlines,
      NoticeProperties settings) {
    this.calendar = calendar;
    this.governance = governance;
    this.workingDays = deadlines.workingDays();
    this.settings = settings;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeItem> due(LocalDate today) {
    List<NoticeItem> due = new ArrayList<>();
    LocalDate horizon = workingDays.addWorkingDays(today, settings.leadWorkingDays());
    for (CalendarEntry task : calendar.openTasksDueBetween(today, horizon)) {
      tell(task, NoticeKind.TASK_DUE, "due", "This task is due.", due);
    }
    LocalDate since = today.minusDays(MISSED_WITHIN_DAYS);
    for (CalendarEntry task : calendar.openTasksDueBetween(since, today.minusDays(1))) {
      tell(task, NoticeKind.TASK_MISSED, "missed", "This task is past its due date.", due);
    }
    return due;
  }

  private void tell(
      CalendarEntry task, NoticeKind kind, String what, String detail, List<NoticeItem> due) {
    for (long personId : owners(task)) {
      due.add(
          new NoticeItem(
              personId,
              kind,
              "task:" + task.getId() + ":" + what + ":" + task.getDueOn(),
              task.getTitle(),
              detail,
              task.getDueOn(),
              "/calendar/entries/" + task.getId()));
    }
  }

  private Set<Long> owners(CalendarEntry task) {
    Set<Long> owners = new LinkedHashSet<>();
    if (task.getOwnerPerson() != null) {
      owners.add(task.getOwnerPerson().getId());
    } else if (task.getOwnerBody() != null) {
      for (BodyMembership member : governance.membersOf(task.getOwnerBody())) {
        owners.add(member.getPerson().getId());
      }
    }
    return owners;
  }
}
