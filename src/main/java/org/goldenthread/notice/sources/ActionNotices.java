package org.goldenthread.notice.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.reporting.Returns;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.NoticeProperties;
import org.goldenthread.notice.NoticeSource;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.Period;
import org.goldenthread.period.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress updates due: for each open reporting period, an action that has started and is not
 * complete, whose latest update is for a quarter before the period begins, owes an update by the
 * period's deadline. Its lead officer is told from {@code lead} working days before that deadline,
 * once per action and reporting period.
 */
@Component
class ActionNotices implements NoticeSource {

  private final ReportingPeriods periods;
  private final Returns returns;
  private final ActionService actions;
  private final WorkingDays workingDays;
  private final NoticeProperties settings;

  ActionNotices(
      ReportingPeriods periods,
      Returns returns,
      ActionService actions,
      Deadlines deadlines,
      NoticeProperties settings) {
    this.periods = periods;
    this.returns = returns;
    this.actions = actions;
    this.workingDays = deadlines.workingDays();
    this.settings = settings;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeItem> due(LocalDate today) {
    List<NoticeItem> due = new ArrayList<>();
    for (ReportingPeriod open : periods.open()) {
      Period period = open.getPeriod();
      LocalDate deadline = returns.deadline(period);
      if (today.isBefore(workingDays.addWorkingDays(deadline, -settings.leadWorkingDays()))) {
        continue;
      }
      for (Action action : actions.all()) {
        if (owesUpdate(action, period) && action.getLeadOfficer() != null) {
          due.add(
              new NoticeItem(
                  action.getLeadOfficer().getId(),
                  NoticeKind.ACTION_UPDATE_DUE,
                  "action:" + action.getId() + ":" + period.label(),
                  action.getCode() + " " + action.getTitle(),
                  "Its progress for " + period.label() + " has not been reported yet.",
                  deadline,
                  "/actions/" + action.getId() + "/update"));
        }
      }
    }
    return due;
  }

  static boolean owesUpdate(Action action, Period period) {
    boolean started = action.getStartDate() == null || !action.getStartDate().isAfter(period.end());
    Period last = action.getLastUpdatePeriod();
    return started && !action.isComplete() && (last == null || last.end().isBefore(period.start()));
  }
}
