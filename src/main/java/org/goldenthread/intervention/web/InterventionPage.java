package org.goldenthread.intervention.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.intervention.DirectorReview;
import org.goldenthread.intervention.Duty;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionActors;
import org.goldenthread.intervention.InterventionNote;
import org.goldenthread.intervention.InterventionNoteRepository;
import org.goldenthread.intervention.InterventionStep;
import org.goldenthread.intervention.Ladders;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlans;
import org.goldenthread.intervention.Rule;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the page of one intervention shows, read in one transaction. */
@Component
@Transactional(readOnly = true)
class InterventionPage {

  /** A step as shown: who must act resolved to people or bodies, and by when in words. */
  record StepRow(
      InterventionStep step,
      String levelName,
      List<InterventionActors.Actor> actors,
      String due,
      boolean overdue) {}

  /** A plan as shown: its number in order, who proposed and decided it, its actions. */
  record PlanRow(
      RemedialPlan plan,
      int number,
      String proposedBy,
      String decidedBy,
      Integer revisesNumber,
      List<Action> actions) {}

  record ReviewRow(DirectorReview review, String by) {}

  /** The whole page. */
  record View(
      Intervention intervention,
      String subjectLink,
      String levelName,
      String state,
      List<StepRow> steps,
      List<InterventionNote> notes,
      List<PlanRow> plans,
      List<ReviewRow> reviews,
      Optional<Duty> duty,
      boolean asksForPlan,
      boolean asksForReview,
      Optional<RemedialPlan> waiting,
      Optional<RemedialPlan> toRevise) {}

  private final RemedialPlans service;
  private final InterventionActors actors;
  private final InterventionNoteRepository notes;
  private final Ladders ladders;
  private final PersonService people;
  private final ActionService actions;
  private final DisplayFormats formats;

  InterventionPage(
      RemedialPlans service,
      InterventionActors actors,
      InterventionNoteRepository notes,
      Ladders ladders,
      PersonService people,
      ActionService actions,
      DisplayFormats formats) {
    this.service = service;
    this.actors = actors;
    this.notes = notes;
    this.ladders = ladders;
    this.people = people;
    this.actions = actions;
    this.formats = formats;
  }

  View of(long id) {
    Intervention intervention = service.get(id);
    LocalDate today = service.today();
    List<RemedialPlan> plans = service.plansOf(intervention);
    List<DirectorReview> reviews = service.reviewsOf(intervention);
    Optional<Duty> duty = Duty.of(intervention, plans, reviews, today);
    Map<Integer, String> names = new HashMap<>();
    ladders.rules().forEach(r -> names.put(r.getLevel(), r.getName()));
    List<StepRow> steps = new ArrayList<>();
    for (InterventionStep step : intervention.getSteps()) {
      boolean owed = duty.isPresent() && duty.get().step().equals(step);
      steps.add(
          new StepRow(
              step,
              names.getOrDefault(step.getLevel(), "Level " + step.getLevel()),
              actors.resolve(intervention, step.getActors()),
              due(step, owed ? duty.get() : null),
              owed && duty.get().isOverdue()));
    }
    return new View(
        intervention,
        intervention.getIndicator() != null
            ? "/indicators/" + intervention.getIndicator().getId()
            : "/actions/" + intervention.getAction().getId(),
        names.getOrDefault(intervention.getLevel(), "Level " + intervention.getLevel()),
        state(intervention),
        steps,
        notes.findByInterventionOrderByRecordedAtAscIdAsc(intervention),
        planRows(plans),
        reviews.stream().map(r -> new ReviewRow(r, name(r.getReviewedByPersonId()))).toList(),
        duty,
        service.asksForPlan(intervention),
        service.asksForReview(intervention),
        service.waiting(intervention),
        service.toRevise(intervention));
  }

  /** The level's name as the ladder gives it, for a form's heading. */
  String levelName(Intervention intervention) {
    return ladders
        .current()
        .rule(intervention.getLevel())
        .map(Rule::name)
        .orElse("Level " + intervention.getLevel());
  }

  private String due(InterventionStep step, Duty duty) {
    if (step.getDueOn() == null) {
      return step.getActors().isEmpty() ? "" : "No date is set";
    }
    String by = "By " + formats.date(step.getDueOn());
    if (duty == null) {
      return by;
    }
    if (duty.done()) {
      return by + ": done";
    }
    if (duty.isOverdue()) {
      long days = duty.daysOverdue();
      return by + ": overdue by " + days + (days == 1 ? " day" : " days");
    }
    return by;
  }

  private String state(Intervention i) {
    if (i.isWithdrawn()) {
      return "Withdrawn on "
          + formats.dateTime(i.getWithdrawnAt())
          + ": after a correction to the figures, the periods no longer give this intervention";
    }
    if (i.isOpen()) {
      return "Open since " + i.getOpenedPeriod().label();
    }
    return "Closed: returned to Green in "
        + (i.getClosedPeriod() == null ? "a later period" : i.getClosedPeriod().label());
  }

  private List<PlanRow> planRows(List<RemedialPlan> plans) {
    Map<Long, Integer> numbers = new HashMap<>();
    List<PlanRow> rows = new ArrayList<>();
    for (RemedialPlan plan : plans) {
      int number = rows.size() + 1;
      numbers.put(plan.getId(), number);
      rows.add(
          new PlanRow(
              plan,
              number,
              name(plan.getProposedByPersonId()),
              plan.getDecidedByPersonId() == null ? null : name(plan.getDecidedByPersonId()),
              plan.getRevises() == null ? null : numbers.get(plan.getRevises().getId()),
              plan.getActionIds().stream()
                  .sorted()
                  .map(this::action)
                  .flatMap(Optional::stream)
                  .toList()));
    }
    return rows;
  }

  private Optional<Action> action(long id) {
    try {
      return Optional.of(actions.get(id));
    } catch (RecordNotFoundException gone) {
      return Optional.empty();
    }
  }

  private String name(Long personId) {
    if (personId == null) {
      return null;
    }
    try {
      return people.get(personId).getFullName();
    } catch (RecordNotFoundException gone) {
      return "A person no longer recorded";
    }
  }
}
