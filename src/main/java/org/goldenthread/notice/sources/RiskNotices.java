package org.goldenthread.notice.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.NoticeProperties;
import org.goldenthread.notice.NoticeSource;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.WorkingDays;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk reviews due within the lead time, or overdue, to the risk's owner: once per risk and review
 * date, so the next review after this one is a new notice.
 */
@Component
class RiskNotices implements NoticeSource {

  private final RiskService risks;
  private final WorkingDays workingDays;
  private final NoticeProperties settings;

  RiskNotices(RiskService risks, Deadlines deadlines, NoticeProperties settings) {
    this.risks = risks;
    this.workingDays = deadlines.workingDays();
    this.settings = settings;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeItem> due(LocalDate today) {
    LocalDate horizon = workingDays.addWorkingDays(today, settings.leadWorkingDays());
    List<NoticeItem> due = new ArrayList<>();
    for (Risk risk : risks.all()) {
      if (!risk.isOpen() || risk.getOwner() == null || risk.getNextReview().isAfter(horizon)) {
        continue;
      }
      due.add(
          new NoticeItem(
              risk.getOwner().getId(),
              NoticeKind.RISK_REVIEW_DUE,
              "risk:" + risk.getId() + ":review:" + risk.getNextReview(),
              risk.getCode() + " " + risk.getTitle(),
              risk.isOverdue(today) ? "Its review is overdue." : "Review its score and controls.",
              risk.getNextReview(),
              "/risks/" + risk.getId() + "/review"));
    }
    return due;
  }
}
