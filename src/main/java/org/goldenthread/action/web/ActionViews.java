package org.goldenthread.action.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.action.Milestone;
import org.goldenthread.action.decision.Decision;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.action.progress.ProgressUpdate;
import org.goldenthread.organisation.Person;

/** Actions and decisions as the JSON API shows them, judged as at a given day. */
public final class ActionViews {

  private ActionViews() {}

  /**
   * An action with its own assessment and the suggestion beside it; {@code updates} only when one
   * action is asked for.
   */
  record ActionView(
      long id,
      String code,
      String title,
      ActionKind kind,
      String frameworkItem,
      String decision,
      String leadOfficer,
      String accountable,
      LocalDate startDate,
      LocalDate dueDate,
      int percentComplete,
      Brag status,
      LocalDate completedOn,
      Brag suggestedStatus,
      String suggestionReason,
      boolean overdue,
      boolean differsFromSuggestion,
      String lastUpdatePeriod,
      String commentary,
      String remedialAction,
      List<MilestoneView> milestones,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<UpdateView> updates) {

    public static ActionView of(Action a, LocalDate asOf) {
      return of(a, asOf, null);
    }

    public static ActionView of(Action a, LocalDate asOf, List<ProgressUpdate> updates) {
      BragRules.Suggestion suggestion = a.suggestion(asOf);
      return new ActionView(
          a.getId(),
          a.getCode(),
          a.getTitle(),
          a.getKind(),
          a.getFrameworkItem() == null ? null : a.getFrameworkItem().getCode(),
          a.getDecision() == null ? null : a.getDecision().getMinuteReference(),
          name(a.getLeadOfficer()),
          name(a.getAccountable()),
          a.getStartDate(),
          a.getDueDate(),
          a.getPercentComplete(),
          a.getStatus(),
          a.getCompletedOn(),
          suggestion.status(),
          suggestion.reason(),
          a.isOverdue(asOf),
          a.getStatus() != null && a.getStatus() != suggestion.status(),
          a.getLastUpdatePeriod() == null ? null : a.getLastUpdatePeriod().label(),
          a.getCommentary(),
          a.getRemedialAction(),
          a.getMilestones().stream().map(m -> MilestoneView.of(m, asOf)).toList(),
          updates == null ? null : updates.stream().map(UpdateView::of).toList());
    }
  }

  /** A milestone; {@code dependsOn} is the title of the milestone it waits on. */
  record MilestoneView(
      long id,
      String title,
      LocalDate dueDate,
      LocalDate completedOn,
      boolean overdue,
      String dependsOn) {

    public static MilestoneView of(Milestone m, LocalDate asOf) {
      return new MilestoneView(
          m.getId(),
          m.getTitle(),
          m.getDueDate(),
          m.getCompletedOn(),
          m.isOverdue(asOf),
          m.getDependsOn() == null ? null : m.getDependsOn().getTitle());
    }
  }

  /** One quarter's progress update, with the status suggested when it was made. */
  record UpdateView(
      String period,
      Brag status,
      Brag suggested,
      int percentComplete,
      LocalDate completedOn,
      String commentary,
      String remedialAction,
      String updatedBy,
      Instant updatedAt,
      long version) {

    public static UpdateView of(ProgressUpdate u) {
      return new UpdateView(
          u.getPeriod().label(),
          u.getStatus(),
          u.getSuggested(),
          u.getPercentComplete(),
          u.getCompletedOn(),
          u.getCommentary(),
          u.getRemedialAction(),
          u.getUpdatedBy(),
          u.getUpdatedAt(),
          u.getVersion());
    }
  }

  /** A committee decision with how the actions arising from it stand. */
  public record DecisionView(
      long id,
      long bodyId,
      String body,
      LocalDate decidedOn,
      String minuteReference,
      String title,
      String resolution,
      String state,
      boolean outstanding,
      int actionCount,
      long complete,
      long overdue,
      List<DecisionActionView> actions) {

    public static DecisionView of(DecisionService.Progress p) {
      Decision d = p.decision();
      return new DecisionView(
          d.getId(),
          d.getBody().getId(),
          d.getBody().getName(),
          d.getDecidedOn(),
          d.getMinuteReference(),
          d.getTitle(),
          d.getResolution(),
          p.state(),
          p.isOutstanding(),
          p.actions().size(),
          p.complete(),
          p.overdue(),
          p.actions().stream().map(a -> DecisionActionView.of(a, p.asOf())).toList());
    }
  }

  /** An action arising from a decision, in brief. */
  record DecisionActionView(
      String code,
      String title,
      String leadOfficer,
      LocalDate dueDate,
      Brag status,
      Brag suggestedStatus,
      boolean overdue) {

    public static DecisionActionView of(Action a, LocalDate asOf) {
      return new DecisionActionView(
          a.getCode(),
          a.getTitle(),
          name(a.getLeadOfficer()),
          a.getDueDate(),
          a.getStatus(),
          a.suggestion(asOf).status(),
          a.isOverdue(asOf));
    }
  }

  private static String name(Person p) {
    return p == null ? null : p.getFullName();
  }
}
