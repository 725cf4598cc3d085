package org.goldenthread.intervention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.notice.NoticeItem;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.NoticeSource;
import org.goldenthread.organisation.Person;
import org.goldenthread.shared.DisplayFormats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an intervention asks, told in M9's digest, each once: the responsible officer when a remedial
 * plan is asked of them (by the step's due date), the accountable person when a plan waits for
 * their decision, the officer when their plan is rejected, the director when a review is asked of
 * them, and everyone who must act at the step when what it asks is overdue.
 */
@Component
class InterventionNotices implements NoticeSource {

  private final InterventionRepository interventions;
  private final RemedialPlanRepository plans;
  private final DirectorReviewRepository reviews;
  private final InterventionActors actors;
  private final DisplayFormats formats;

  InterventionNotices(
      InterventionRepository interventions,
      RemedialPlanRepository plans,
      DirectorReviewRepository reviews,
      InterventionActors actors,
      DisplayFormats formats) {
    this.interventions = interventions;
    this.plans = plans;
    this.reviews = reviews;
    this.actors = actors;
    this.formats = formats;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeItem> due(LocalDate today) {
    List<NoticeItem> due = new ArrayList<>();
    for (Intervention intervention : interventions.findOpen()) {
      List<RemedialPlan> its = plans.findByInterventionOrderByProposedAtAscIdAsc(intervention);
      Duty.of(
              intervention,
              its,
              reviews.findByInterventionOrderByReviewedOnAscIdAsc(intervention),
              today)
          .ifPresent(duty -> asked(intervention, its, duty, due));
    }
    for (RemedialPlan plan :
        plans.findByStateOrderByProposedAtAscIdAsc(RemedialPlan.State.PROPOSED)) {
      Intervention intervention = plan.getIntervention();
      if (intervention.isOpen()) {
        actors
            .accountable(intervention)
            .ifPresent(
                person ->
                    due.add(
                        item(
                            person,
                            NoticeKind.REMEDIAL_PLAN_TO_DECIDE,
                            "remedial-plan:" + plan.getId() + ":decide",
                            intervention,
                            "Agree the remedial plan, or reject it with a reason. It would be done by "
                                + formats.date(plan.getByWhen())
                                + ".",
                            null,
                            "/interventions/" + intervention.getId() + "#plan-" + plan.getId())));
      }
    }
    for (RemedialPlan plan :
        plans.findByStateOrderByProposedAtAscIdAsc(RemedialPlan.State.REJECTED)) {
      Intervention intervention = plan.getIntervention();
      if (intervention.isOpen() && latest(intervention).filter(plan::equals).isPresent()) {
        actors
            .responsible(intervention)
            .ifPresent(
                person ->
                    due.add(
                        item(
                            person,
                            NoticeKind.REMEDIAL_PLAN_REJECTED,
                            "remedial-plan:" + plan.getId() + ":rejected",
                            intervention,
                            "Revise the plan. Why it was rejected: " + plan.getRejectionReason(),
                            null,
                            "/interventions/"
                                + intervention.getId()
                                + "/plans/new?revises="
                                + plan.getId())));
      }
    }
    return due;
  }

  /** What the intervention's current step asks, and of whom, while it is not done. */
  private void asked(
      Intervention intervention, List<RemedialPlan> its, Duty duty, List<NoticeItem> due) {
    if (duty.done()) {
      return;
    }
    String step = intervention.getId() + ":" + duty.step().getPeriod().label();
    String page = "/interventions/" + intervention.getId();
    if (duty.kind() == Duty.Kind.PLAN && its.isEmpty()) {
      actors
          .responsible(intervention)
          .ifPresent(
              person ->
                  due.add(
                      item(
                          person,
                          NoticeKind.REMEDIAL_PLAN_DUE,
                          "intervention:" + step + ":plan",
                          intervention,
                          "Propose a remedial plan by " + formats.date(duty.dueOn()) + ".",
                          duty.dueOn(),
                          page + "/plans/new")));
    }
    if (duty.kind() == Duty.Kind.REVIEW) {
      actors
          .director(intervention)
          .ifPresent(
              person ->
                  due.add(
                      item(
                          person,
                          NoticeKind.DIRECTOR_REVIEW_DUE,
                          "intervention:" + step + ":review",
                          intervention,
                          "Review it and record the outcome by " + formats.date(duty.dueOn()) + ".",
                          duty.dueOn(),
                          page + "/review")));
    }
    if (duty.isOverdue()) {
      for (Role role : duty.step().getActors()) {
        for (Long person : actors.people(intervention, role)) {
          due.add(
              new NoticeItem(
                  person,
                  NoticeKind.INTERVENTION_OVERDUE,
                  "intervention:" + step + ":overdue",
                  title(intervention),
                  duty.what() + " was due by " + formats.date(duty.dueOn()) + " and is overdue.",
                  duty.dueOn(),
                  page));
        }
      }
    }
  }

  private Optional<RemedialPlan> latest(Intervention intervention) {
    List<RemedialPlan> all = plans.findByInterventionOrderByProposedAtAscIdAsc(intervention);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static NoticeItem item(
      Person person,
      NoticeKind kind,
      String subject,
      Intervention intervention,
      String detail,
      LocalDate dueOn,
      String link) {
    return new NoticeItem(person.getId(), kind, subject, title(intervention), detail, dueOn, link);
  }

  private static String title(Intervention intervention) {
    return intervention.subjectLabel() + ": intervention at level " + intervention.getLevel();
  }
}
