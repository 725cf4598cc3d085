package org.goldenthread.notice.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanStatus;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.NoticeProperties;
import org.goldenthread.notice.NoticeSource;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plan reviews due within the lead time, or overdue, to the plan's owner; once per review date. */
@Component
class PlanNotices implements NoticeSource {

  private final PlanService plans;
  private final WorkingDays workingDays;
  private final NoticeProperties settings;

  PlanNotices(PlanService plans, Deadlines deadlines, NoticeProperties settings) {
    this.plans = plans;
    this.workingDays = deadlines.workingDays();
    this.settings = settings;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeItem> due(LocalDate today) {
    LocalDate horizon = workingDays.addWorkingDays(today, settings.leadWorkingDays());
    List<NoticeItem> due = new ArrayList<>();
    for (Plan plan : plans.all()) {
      LocalDate review = plan.getNextReviewDate();
      if (plan.getStatus() == PlanStatus.ARCHIVED
          || plan.getOwner() == null
          || review == null
          || review.isAfter(horizon)) {
        continue;
      }
      due.add(
          new NoticeItem(
              plan.getOwner().getId(),
              NoticeKind.PLAN_REVIEW_DUE,
              "plan:" + plan.getId() + ":review:" + review,
              plan.label(),
              plan.isReviewOverdue(today) ? "Its review is overdue." : "Its review is due.",
              review,
              "/plans/" + plan.getId()));
    }
    return due;
  }
}
