package org.goldenthread.intervention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What an open intervention asks for now: its latest step with a due date, the kind of thing owed
 * (a remedial plan where the responsible officer must act, a director review where the director
 * must), whether it is done (a plan agreed, a review recorded) and whether it is overdue.
 */
public record Duty(InterventionStep step, Kind kind, boolean done, LocalDate today) {

  public enum Kind {
    PLAN,
    REVIEW,
    OTHER
  }

  /** What the intervention owes today, if anything. */
  public static Optional<Duty> of(
      Intervention intervention,
      List<RemedialPlan> plans,
      List<DirectorReview> reviews,
      LocalDate today) {
    if (!intervention.isOpen()) {
      return Optional.empty();
    }
    List<InterventionStep> withDue =
        intervention.getSteps().stream().filter(s -> s.getDueOn() != null).toList();
    if (withDue.isEmpty()) {
      return Optional.empty();
    }
    InterventionStep step = withDue.get(withDue.size() - 1);
    Kind kind =
        step.getActors().contains(Role.DIRECTOR)
            ? Kind.REVIEW
            : step.getActors().contains(Role.RESPONSIBLE_OFFICER) ? Kind.PLAN : Kind.OTHER;
    boolean done =
        switch (kind) {
          case PLAN -> plans.stream().anyMatch(p -> p.getState() == RemedialPlan.State.AGREED);
          case REVIEW -> !reviews.isEmpty();
          case OTHER -> false;
        };
    return Optional.of(new Duty(step, kind, done, today));
  }

  public LocalDate dueOn() {
    return step.getDueOn();
  }

  public boolean isOverdue() {
    return !done && step.getDueOn().isBefore(today);
  }

  /** How late, in days, for the words on the page: "overdue by 3 days". */
  public long daysOverdue() {
    return isOverdue() ? ChronoUnit.DAYS.between(step.getDueOn(), today) : 0;
  }

  /** What is owed, in words. */
  public String what() {
    return switch (kind) {
      case PLAN -> "A remedial plan, agreed by the accountable person";
      case REVIEW -> "A review by the director";
      case OTHER ->
          "Action by "
              + String.join(" and ", step.getActors().stream().map(Role::label).toList())
                  .toLowerCase(java.util.Locale.UK);
    };
  }
}
