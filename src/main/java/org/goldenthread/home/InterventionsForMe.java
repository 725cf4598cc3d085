package org.goldenthread.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.intervention.InterventionActors;
import org.goldenthread.intervention.InterventionRegister;
import org.goldenthread.intervention.Owed;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlans;
import org.goldenthread.intervention.Role;
import org.goldenthread.organisation.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open interventions waiting for a person: a remedial plan to propose or revise (the
 * responsible officer), a proposed plan to agree or reject (the accountable person), a review to
 * record (the director).
 */
@Component
@Transactional(readOnly = true)
class InterventionsForMe {

  /** An intervention and what the person must do on it. */
  public record Waiting(InterventionRegister.Entry entry, String need, boolean overdue) {}

  private final InterventionRegister register;
  private final InterventionActors actors;
  private final RemedialPlans plans;

  InterventionsForMe(
      InterventionRegister register, InterventionActors actors, RemedialPlans plans) {
    this.register = register;
    this.actors = actors;
    this.plans = plans;
  }

  List<Waiting> of(long personId) {
    List<InterventionRegister.Entry> theirs = new ArrayList<>();
    for (InterventionRegister.Entry e : register.openFor(personId)) {
      var intervention = e.intervention();
      // Most interventions are someone else's: their plans are not read.
      if (is(actors.responsible(intervention), personId)
          || is(actors.accountable(intervention), personId)
          || is(actors.director(intervention), personId)) {
        theirs.add(e);
      }
    }
    Map<Long, List<RemedialPlan>> plansOf =
        plans.plansOf(theirs.stream().map(InterventionRegister.Entry::intervention).toList());
    List<Waiting> waiting = new ArrayList<>();
    for (InterventionRegister.Entry e : theirs) {
      List<RemedialPlan> its = plansOf.getOrDefault(e.intervention().getId(), List.of());
      need(e, its, personId)
          .ifPresent(need -> waiting.add(new Waiting(e, need, e.owed().overdue())));
    }
    return waiting;
  }

  private Optional<String> need(
      InterventionRegister.Entry e, List<RemedialPlan> its, long personId) {
    var intervention = e.intervention();
    boolean responsible = is(actors.responsible(intervention), personId);
    boolean accountable = is(actors.accountable(intervention), personId);
    boolean director = is(actors.director(intervention), personId);
    if (RemedialPlans.waiting(its).isPresent()) {
      return accountable
          ? Optional.of("A remedial plan waits for your decision")
          : Optional.empty();
    }
    Owed owed = e.owed();
    boolean owing = owed.kind() == Owed.Kind.DUE || owed.kind() == Owed.Kind.OVERDUE;
    if (responsible) {
      if (RemedialPlans.toRevise(its).isPresent()) {
        return Optional.of("Your remedial plan was rejected: revise it");
      }
      if (owing && owed.actors().contains(Role.RESPONSIBLE_OFFICER)) {
        return Optional.of("Propose a remedial plan. " + owed.words());
      }
    }
    if (owing && owed.actors().contains(Role.DIRECTOR) && director) {
      return Optional.of("Record your review as director. " + owed.words());
    }
    return Optional.empty();
  }

  private static boolean is(Optional<Person> person, long personId) {
    return person.map(p -> p.getId() != null && p.getId() == personId).orElse(false);
  }
}
