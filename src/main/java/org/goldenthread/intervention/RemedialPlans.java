package org.goldenthread.intervention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.Person;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remedial plans and director reviews (SPEC §8, levels 2 and 3): the responsible officer proposes a
 * plan, which may create an M4 action; the accountable person agrees it or rejects it with a
 * reason; a rejected plan is revised by a new one naming it; only one plan waits for a decision at
 * a time. The director records a review. Each change raises the intervention's (or the plan's)
 * version, so two people working on it at once are told.
 */
@Service
@Transactional
public class RemedialPlans {

  private final InterventionRepository interventions;
  private final RemedialPlanRepository plans;
  private final DirectorReviewRepository reviews;
  private final Ladders ladders;
  private final InterventionActors actors;
  private final ActionService actions;
  private final EntityManager entityManager;
  private final Clock clock;

  RemedialPlans(
      InterventionRepository interventions,
      RemedialPlanRepository plans,
      DirectorReviewRepository reviews,
      Ladders ladders,
      InterventionActors actors,
      ActionService actions,
      EntityManager entityManager,
      Clock clock) {
    this.interventions = interventions;
    this.plans = plans;
    this.reviews = reviews;
    this.ladders = ladders;
    this.actors = actors;
    this.actions = actions;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Intervention get(long id) {
    return interventions
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Intervention", id));
  }

  @Transactional(readOnly = true)
  public RemedialPlan plan(long interventionId, long planId) {
    return plans
        .findById(planId)
        .filter(p -> p.getIntervention().getId() == interventionId)
        .orElseThrow(() -> new RecordNotFoundException("Remedial plan", planId));
  }

  /** The intervention's plans, the first proposed first. */
  @Transactional(readOnly = true)
  public List<RemedialPlan> plansOf(Intervention intervention) {
    return plans.findByInterventionOrderByProposedAtAscIdAsc(intervention);
  }

  @Transactional(readOnly = true)
  public List<DirectorReview> reviewsOf(Intervention intervention) {
    return reviews.findByInterventionOrderByReviewedOnAscIdAsc(intervention);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Whether a plan may be proposed at the intervention's level (level 2 or higher by default). */
  @Transactional(readOnly = true)
  public boolean asksForPlan(Intervention intervention) {
    return reaches(intervention, Role.RESPONSIBLE_OFFICER);
  }

  /** Whether a director review may be recorded at its level (level 3 or higher by default). */
  @Transactional(readOnly = true)
  public boolean asksForReview(Intervention intervention) {
    return reaches(intervention, Role.DIRECTOR);
  }

  private boolean reaches(Intervention intervention, Role role) {
    return ladders.rules().stream()
        .anyMatch(r -> r.getLevel() <= intervention.getLevel() && r.getActors().contains(role));
  }

  /** The plan waiting for a decision, if one is. */
  @Transactional(readOnly = true)
  public Optional<RemedialPlan> waiting(Intervention intervention) {
    return waiting(plansOf(intervention));
  }

  /** Of an intervention's plans, earliest first: the one waiting for a decision, if one is. */
  public static Optional<RemedialPlan> waiting(List<RemedialPlan> plans) {
    return plans.stream().filter(p -> p.getState() == RemedialPlan.State.PROPOSED).findFirst();
  }

  /** The plans of many interventions, read at once: by intervention id, earliest first. */
  @Transactional(readOnly = true)
  public Map<Long, List<RemedialPlan>> plansOf(Collection<Intervention> interventions) {
    Map<Long, List<RemedialPlan>> of = new HashMap<>();
    if (!interventions.isEmpty()) {
      for (RemedialPlan p : plans.findByInterventions(interventions)) {
        of.computeIfAbsent(p.getIntervention().getId(), k -> new ArrayList<>()).add(p);
      }
    }
    return of;
  }

  /** The latest plan if it was rejected and no plan revises it yet: the one to revise. */
  @Transactional(readOnly = true)
  public Optional<RemedialPlan> toRevise(Intervention intervention) {
    return toRevise(plansOf(intervention));
  }

  /** Of an intervention's plans, earliest first: the latest if rejected and not yet revised. */
  public static Optional<RemedialPlan> toRevise(List<RemedialPlan> all) {
    if (all.isEmpty()) {
      return Optional.empty();
    }
    RemedialPlan latest = all.get(all.size() - 1);
    return latest.getState() == RemedialPlan.State.REJECTED
        ? Optional.of(latest)
        : Optional.empty();
  }

  /** Refuses a plan for an intervention that does not ask for one, or while one waits. */
  @Transactional(readOnly = true)
  public void checkCanPropose(Intervention intervention) {
    if (!intervention.isOpen()) {
      throw new RuleViolationException(
          null,
          intervention.isWithdrawn()
              ? "This intervention was withdrawn: no remedial plan is needed."
              : "This intervention is closed: no remedial plan is needed.");
    }
    if (!asksForPlan(intervention)) {
      throw new RuleViolationException(
          null, "At level " + intervention.getLevel() + " no remedial plan is asked for.");
    }
    if (waiting(intervention).isPresent()) {
      throw new RuleViolationException(
          null,
          "A remedial plan is already waiting for the accountable person's decision: only one"
              + " plan waits at a time.");
    }
  }

  /** The officer proposes a plan; with {@code createAction}, an action delivers it. */
  public RemedialPlan propose(long interventionId, PlanForm form, PersonRef by) {
    Intervention intervention = get(interventionId);
    Versioned.check("intervention", intervention.getVersion(), form.version());
    checkCanPropose(intervention);
    if (form.byWhen() == null) {
      throw new RuleViolationException("byWhen", "Enter the date by which it will be done");
    }
    if (form.byWhen().isBefore(today())) {
      throw new RuleViolationException("byWhen", "The date cannot be in the past");
    }
    RemedialPlan revises = revised(intervention, form.revises());
    RemedialPlan plan =
        plans.save(
            new RemedialPlan(
                intervention,
                revises,
                form.measures().strip(),
                form.byWhen(),
                form.expectedEffect().strip(),
                personOf(by),
                Instant.now(clock)));
    if (form.wantsAction()) {
      plan.addAction(actionFor(intervention, plan, by).getId());
    }
    touched(intervention);
    return plan;
  }

  private RemedialPlan revised(Intervention intervention, Long revisesId) {
    Optional<RemedialPlan> open = toRevise(intervention);
    if (revisesId == null) {
      return open.orElse(null);
    }
    RemedialPlan named =
        plansOf(intervention).stream()
            .filter(p -> p.getId().equals(revisesId))
            .findFirst()
            .orElseThrow(
                () -> new RuleViolationException("revises", "Choose a plan of this intervention"));
    if (named.getState() != RemedialPlan.State.REJECTED) {
      throw new RuleViolationException(null, "Only a rejected plan is revised.");
    }
    if (open.isEmpty() || !open.get().equals(named)) {
      throw new RuleViolationException(null, "That plan has been revised already.");
    }
    return named;
  }

  /** The action delivering the plan: led by the responsible officer, due by the plan's date. */
  private Action actionFor(Intervention intervention, RemedialPlan plan, PersonRef by) {
    Indicator indicator = intervention.getIndicator();
    Action subject = intervention.getAction();
    Long lead = actors.responsible(intervention).map(Person::getId).orElse(personOf(by));
    Long accountable = actors.accountable(intervention).map(Person::getId).orElse(null);
    FrameworkItem item =
        indicator != null
            ? indicator.getMeasures().stream().findFirst().orElse(null)
            : subject.getFrameworkItem();
    var unit = indicator != null ? indicator.getOrgUnit() : subject.getOrgUnit();
    String code = "RP-" + plan.getId();
    String title = "Remedial plan for " + intervention.subjectLabel();
    return actions.create(
        new ActionForm(
            code,
            title.length() > 300 ? title.substring(0, 299) + "…" : title,
            plan.getMeasures(),
            ActionKind.ACTION,
            item == null ? null : item.getId(),
            null,
            lead,
            accountable,
            unit == null ? null : unit.getId(),
            today(),
            plan.getByWhen(),
            null));
  }

  public RemedialPlan agree(long interventionId, long planId, Long version, PersonRef by) {
    RemedialPlan plan = plan(interventionId, planId);
    Versioned.check("remedial plan", plan.getVersion(), version);
    plan.agree(personOf(by), Instant.now(clock));
    return plan;
  }

  public RemedialPlan reject(long interventionId, long planId, RejectionForm form, PersonRef by) {
    RemedialPlan plan = plan(interventionId, planId);
    Versioned.check("remedial plan", plan.getVersion(), form.version());
    plan.reject(personOf(by), form.reason(), Instant.now(clock));
    return plan;
  }

  /** The director records a review of the intervention. */
  public DirectorReview review(long interventionId, ReviewForm form, PersonRef by) {
    Intervention intervention = get(interventionId);
    Versioned.check("intervention", intervention.getVersion(), form.version());
    if (!intervention.isOpen()) {
      throw new RuleViolationException(
          null,
          intervention.isWithdrawn()
              ? "This intervention was withdrawn: it is not reviewed."
              : "This intervention is closed: it is not reviewed.");
    }
    if (!asksForReview(intervention)) {
      throw new RuleViolationException(
          null, "At level " + intervention.getLevel() + " no director review is asked for.");
    }
    LocalDate on = form.reviewedOn() == null ? today() : form.reviewedOn();
    if (on.isAfter(today())) {
      throw new RuleViolationException("reviewedOn", "The date cannot be in the future");
    }
    DirectorReview review =
        reviews.save(
            new DirectorReview(
                intervention,
                personOf(by),
                on,
                form.decision(),
                form.outcome().strip(),
                Instant.now(clock)));
    touched(intervention);
    return review;
  }

  private static long personOf(PersonRef by) {
    if (by == null || by.personId() == null) {
      throw new RuleViolationException(
          null,
          "Your sign-in is not linked to a person, so what you decide cannot be recorded against"
              + " your name. Ask the performance team to link it.");
    }
    return by.personId();
  }

  private void touched(Intervention intervention) {
    entityManager.lock(intervention, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    entityManager.flush();
  }
}
