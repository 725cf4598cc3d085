package org.goldenthread.intervention.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.goldenthread.intervention.Change;
import org.goldenthread.intervention.DirectorReview;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionNote;
import org.goldenthread.intervention.InterventionRegister;
import org.goldenthread.intervention.InterventionState;
import org.goldenthread.intervention.InterventionStep;
import org.goldenthread.intervention.Owed;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.Role;
import org.goldenthread.period.Period;

/** The JSON shapes of the interventions API; periods are labels, as the values API gives them. */
final class InterventionViews {

  private InterventionViews() {}

  /** A step: the period that caused it, the change, the level after it and why. */
  record StepView(
      String period,
      Change change,
      int level,
      String reason,
      List<Role> actors,
      LocalDate dueOn,
      Instant recordedAt) {

    static StepView of(InterventionStep step) {
      return new StepView(
          step.getPeriod().label(),
          step.getChange(),
          step.getLevel(),
          step.getReason(),
          step.getActors(),
          step.getDueOn(),
          step.getRecordedAt());
    }
  }

  /** What a re-evaluation changed, in words. */
  record NoteView(String text, Instant recordedAt) {

    static NoteView of(InterventionNote note) {
      return new NoteView(note.getText(), note.getRecordedAt());
    }
  }

  /** An indicator's intervention, as GET /api/v1/indicators/{code}/interventions lists it. */
  record IndicatorInterventionView(
      long id,
      int level,
      InterventionState state,
      String openedPeriod,
      String closedPeriod,
      List<StepView> steps,
      List<NoteView> notes) {

    static IndicatorInterventionView of(Intervention i, List<InterventionNote> notes) {
      return new IndicatorInterventionView(
          i.getId(),
          i.getLevel(),
          i.getState(),
          label(i.getOpenedPeriod()),
          label(i.getClosedPeriod()),
          InterventionViews.steps(i),
          notes.stream().map(NoteView::of).toList());
    }
  }

  /** What the intervention is on: an indicator or an action. */
  record SubjectView(String kind, String code, String title) {

    static SubjectView of(Intervention i) {
      return i.getIndicator() != null
          ? new SubjectView("INDICATOR", i.getIndicator().getCode(), i.getIndicator().getTitle())
          : new SubjectView("ACTION", i.getAction().getCode(), i.getAction().getTitle());
    }
  }

  /** Who must act now, by when, and whether that is done, due or overdue. */
  record OwedView(Owed.Kind standing, List<Role> actors, LocalDate dueOn, String words) {

    static OwedView of(Owed owed) {
      return new OwedView(owed.kind(), owed.actors(), owed.dueOn(), owed.words());
    }
  }

  /** An intervention as GET /api/v1/interventions lists it. */
  record SummaryView(
      long id,
      SubjectView subject,
      int level,
      String levelName,
      InterventionState state,
      String openedPeriod,
      String closedPeriod,
      String directorate,
      StepView latestStep,
      OwedView owed) {

    static SummaryView of(InterventionRegister.Entry e) {
      Intervention i = e.intervention();
      return new SummaryView(
          i.getId(),
          SubjectView.of(i),
          i.getLevel(),
          e.levelName(),
          i.getState(),
          label(i.getOpenedPeriod()),
          label(i.getClosedPeriod()),
          e.directorate() == null ? null : e.directorate().getName(),
          e.latestStep() == null ? null : StepView.of(e.latestStep()),
          OwedView.of(e.owed()));
    }
  }

  /** A remedial plan: proposed, agreed or rejected with a reason; a revision names the plan. */
  record PlanView(
      long id,
      RemedialPlan.State state,
      String measures,
      LocalDate byWhen,
      String expectedEffect,
      Long revisesId,
      Long proposedByPersonId,
      Instant proposedAt,
      Long decidedByPersonId,
      Instant decidedAt,
      String rejectionReason,
      Set<Long> actionIds) {

    static PlanView of(RemedialPlan p) {
      return new PlanView(
          p.getId(),
          p.getState(),
          p.getMeasures(),
          p.getByWhen(),
          p.getExpectedEffect(),
          p.getRevises() == null ? null : p.getRevises().getId(),
          p.getProposedByPersonId(),
          p.getProposedAt(),
          p.getDecidedByPersonId(),
          p.getDecidedAt(),
          p.getRejectionReason(),
          Set.copyOf(p.getActionIds()));
    }
  }

  /** A director's review and its outcome. */
  record ReviewView(
      long id,
      DirectorReview.Decision decision,
      String outcome,
      LocalDate reviewedOn,
      Long reviewedByPersonId,
      Instant recordedAt) {

    static ReviewView of(DirectorReview r) {
      return new ReviewView(
          r.getId(),
          r.getDecision(),
          r.getOutcome(),
          r.getReviewedOn(),
          r.getReviewedByPersonId(),
          r.getRecordedAt());
    }
  }

  /** One intervention in full: GET /api/v1/interventions/{id}. */
  record DetailView(
      long id,
      SubjectView subject,
      int level,
      String levelName,
      InterventionState state,
      boolean withdrawn,
      String openedPeriod,
      String closedPeriod,
      String directorate,
      OwedView owed,
      List<StepView> steps,
      List<NoteView> notes,
      List<PlanView> plans,
      List<ReviewView> reviews) {}

  static List<StepView> steps(Intervention i) {
    return i.getSteps().stream()
        .sorted(Comparator.comparing(InterventionStep::getPeriod))
        .map(StepView::of)
        .toList();
  }

  static String label(Period period) {
    return period == null ? null : period.label();
  }
}
