package org.goldenthread.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Component;

/**
 * Brings an indicator's (or an action's) recorded interventions to match what the ladder now makes
 * of its periods: new steps are added, an intervention opened, raised, held or closed; where a
 * correction changed or removed a step already recorded, the intervention's record says what
 * changed ({@link InterventionNote}), and one no longer given is withdrawn.
 */
@Component
class InterventionRecords {

  private final InterventionNoteRepository notes;
  private final Deadlines deadlines;
  private final IndicatorProperties settings;

  InterventionRecords(
      InterventionNoteRepository notes, Deadlines deadlines, IndicatorProperties settings) {
    this.notes = notes;
    this.deadlines = deadlines;
    this.settings = settings;
  }

  /**
   * Each episode is matched with the intervention opened by the same period, else with one sharing
   * a period, else recorded anew by {@code create} (which saves it).
   */
  void reconcile(
      List<Intervention> recorded,
      List<Episode> episodes,
      Ladder ladder,
      Instant now,
      LocalDate today,
      Function<Episode, Intervention> create) {
    Set<Intervention> matched = new HashSet<>();
    for (Episode episode : episodes) {
      Intervention match =
          find(recorded, matched, i -> i.getOpenedPeriod().equals(episode.openedPeriod()))
              .or(() -> find(recorded, matched, i -> !i.isWithdrawn() && shares(i, episode)))
              .orElse(null);
      if (match == null) {
        Intervention created = create.apply(episode);
        for (Step step : episode.steps()) {
          created.add(step(created, step, ladder, now, today));
        }
        matched.add(created);
        continue;
      }
      matched.add(match);
      boolean wasWithdrawn = match.isWithdrawn();
      List<Step> old = match.ladderSteps();
      Revision revision = Revision.between(old, episode.steps());
      apply(match, revision, ladder, now, today);
      match.follow(episode, now);
      Period latestOld = old.isEmpty() ? null : old.get(old.size() - 1).period();
      boolean rewritten =
          !revision.removed().isEmpty()
              || !revision.changed().isEmpty()
              || revision.added().stream()
                  .anyMatch(s -> latestOld != null && s.period().compareTo(latestOld) < 0);
      if (wasWithdrawn || rewritten) {
        notes.save(
            new InterventionNote(
                match,
                now,
                "Re-evaluated after a change to the figures or the ladder. "
                    + String.join(" ", revision.describe())));
      }
    }
    for (Intervention gone : recorded) {
      if (!matched.contains(gone) && !gone.isWithdrawn()) {
        gone.withdraw(now);
        List<String> lines = new ArrayList<>();
        gone.ladderSteps().forEach(s -> lines.add("No longer: " + s.describe()));
        notes.save(
            new InterventionNote(
                gone,
                now,
                "Withdrawn: after a change to the figures or the ladder, the periods no longer"
                    + " give this intervention. "
                    + String.join(" ", lines)));
      }
    }
  }

  private static Optional<Intervention> find(
      List<Intervention> recorded, Set<Intervention> matched, Predicate<Intervention> test) {
    return recorded.stream().filter(i -> !matched.contains(i)).filter(test).findFirst();
  }

  private static boolean shares(Intervention intervention, Episode episode) {
    Set<Period> periods = new HashSet<>();
    episode.steps().forEach(s -> periods.add(s.period()));
    return intervention.getSteps().stream().anyMatch(s -> periods.contains(s.getPeriod()));
  }

  private void apply(
      Intervention intervention, Revision revision, Ladder ladder, Instant now, LocalDate today) {
    Map<Period, InterventionStep> byPeriod = new HashMap<>();
    intervention.getSteps().forEach(s -> byPeriod.put(s.getPeriod(), s));
    for (Step removed : revision.removed()) {
      intervention.remove(byPeriod.get(removed.period()));
    }
    for (Revision.Changed changed : revision.changed()) {
      Step after = changed.after();
      InterventionStep step = byPeriod.get(after.period());
      step.take(after, actors(after, ladder), dueOn(after, ladder, today));
    }
    for (Step added : revision.added()) {
      intervention.add(step(intervention, added, ladder, now, today));
    }
  }

  private InterventionStep step(
      Intervention intervention, Step step, Ladder ladder, Instant now, LocalDate today) {
    return new InterventionStep(
        intervention, step, now, actors(step, ladder), dueOn(step, ladder, today));
  }

  /** Who must act: the people of the level a step opened or raised the intervention to. */
  private static List<Role> actors(Step step, Ladder ladder) {
    if (step.change() != Change.OPENED && step.change() != Change.RAISED) {
      return List.of();
    }
    return ladder.rule(step.level()).map(Rule::actors).orElse(List.of());
  }

  /**
   * By when they must act: counted from the period's deadline, the day it is evaluated when its
   * figures come on time, or from today for a period evaluated before its deadline. A period
   * evaluated late (a value verified after the deadline, or history loaded) is counted from its
   * deadline too, so lateness does not move the intervention's dates back; its step may be overdue
   * as soon as it is recorded.
   */
  private LocalDate dueOn(Step step, Ladder ladder, LocalDate today) {
    if (step.change() != Change.OPENED && step.change() != Change.RAISED) {
      return null;
    }
    LocalDate deadline = deadlines.deadlineFor(step.period(), settings.deadlineWorkingDay());
    LocalDate from = deadline.isBefore(today) ? deadline : today;
    return ladder
        .rule(step.level())
        .flatMap(rule -> rule.due().dueDate(from, deadlines.workingDays()))
        .orElse(null);
  }
}
