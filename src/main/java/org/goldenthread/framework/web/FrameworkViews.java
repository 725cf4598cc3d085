package org.goldenthread.framework.web;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanStatus;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.framework.ThreadGraph;

/** Plans, items and the thread as the JSON API shows them. */
final class FrameworkViews {

  private FrameworkViews() {}

  record PlanView(
      long id,
      String code,
      String title,
      PlanType type,
      PlanStatus status,
      LocalDate periodStart,
      LocalDate periodEnd,
      Long ownerId,
      Long orgUnitId,
      Long approvingBodyId,
      ReviewFrequency reviewFrequency,
      LocalDate nextReviewDate,
      long version) {

    static PlanView of(Plan p) {
      return new PlanView(
          p.getId(),
          p.getCode(),
          p.getTitle(),
          p.getType(),
          p.getStatus(),
          p.getPeriodStart(),
          p.getPeriodEnd(),
          p.getOwner() == null ? null : p.getOwner().getId(),
          p.getOrgUnit() == null ? null : p.getOrgUnit().getId(),
          p.getApprovingBody() == null ? null : p.getApprovingBody().getId(),
          p.getReviewFrequency(),
          p.getNextReviewDate(),
          p.getVersion());
    }
  }

  record ItemView(
      long id,
      String code,
      String title,
      ItemType type,
      String description,
      Long planId,
      Long responsibleId,
      Long accountableId,
      Long accountableBodyId,
      int sortOrder,
      List<String> contributesTo,
      long version) {

    static ItemView of(FrameworkItem i) {
      return new ItemView(
          i.getId(),
          i.getCode(),
          i.getTitle(),
          i.getType(),
          i.getDescription(),
          i.getPlan() == null ? null : i.getPlan().getId(),
          i.getResponsible() == null ? null : i.getResponsible().getId(),
          i.getAccountable() == null ? null : i.getAccountable().getId(),
          i.getAccountableBody() == null ? null : i.getAccountableBody().getId(),
          i.getSortOrder(),
          i.getContributesTo().stream().map(FrameworkItem::getCode).toList(),
          i.getVersion());
    }
  }

  /** An item's place in the thread: every chain upwards, and everything beneath. */
  record ThreadView(ItemView item, ThreadGraph.Branch up, ThreadGraph.Branch down) {}

  record GapsView(
      List<ThreadGraph.Node> prioritiesWithNothingBeneath,
      List<ThreadGraph.Node> prioritiesNotMeasuredOrActedOn,
      List<ThreadGraph.Node> contributingToNothing,
      List<PlanView> plansPastReviewDate) {

    static GapsView of(GapCheck.Report report) {
      return new GapsView(
          report.nothingBeneath(),
          report.notDelivered(),
          report.contributingToNothing(),
          report.reviewOverdue().stream().map(PlanView::of).toList());
    }
  }
}
