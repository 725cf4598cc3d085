package org.goldenthread.intervention;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.goldenthread.indicator.FiguresChanged;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.indicator.formula.FormulaDependencies;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.Period;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each indicator's interventions in step with its periods (SPEC §8). Evaluating an indicator
 * reads its periods as they stand ({@link IndicatorOutcomes}), runs the ladder over all of them in
 * period order — so values that arrive together, as from an import, give what they would have given
 * one by one — and brings the recorded interventions to match: new steps are added, an intervention
 * opened, raised, held or closed; where a correction changed or removed a step already recorded,
 * the intervention's record says what changed ({@link InterventionNote}), and one no longer given
 * is withdrawn. Evaluating again with nothing changed changes nothing.
 */
@Service
@Transactional
public class InterventionEvaluation {

  private final IndicatorRepository indicators;
  private final InterventionRepository interventions;
  private final InterventionNoteRepository notes;
  private final EvaluatedPeriodRepository evaluated;
  private final IndicatorOutcomes outcomes;
  private final Ladders ladders;
  private final Deadlines deadlines;
  private final IndicatorProperties settings;
  private final EntityManager entities;
  private final Clock clock;

  InterventionEvaluation(
      IndicatorRepository indicators,
      InterventionRepository interventions,
      InterventionNoteRepository notes,
      EvaluatedPeriodRepository evaluated,
      IndicatorOutcomes outcomes,
      Ladders ladders,
      Deadlines deadlines,
      IndicatorProperties settings,
      EntityManager entities,
      Clock clock) {
    this.indicators = indicators;
    this.interventions = interventions;
    this.notes = notes;
    this.evaluated = evaluated;
    this.outcomes = outcomes;
    this.ladders = ladders;
    this.deadlines = deadlines;
    this.settings = settings;
    this.entities = entities;
    this.clock = clock;
  }

  /** The indicators whose evaluation waits for the end of {@link #deferring}, on this thread. */
  private final ThreadLocal<Set<Long>> deferred = new ThreadLocal<>();

  /** Values verified, published, corrected or imported: their indicators and those reading them. */
  @EventListener
  public void on(FiguresChanged changed) {
    Set<Long> waiting = deferred.get();
    if (waiting != null) {
      waiting.addAll(changed.indicatorIds());
      return;
    }
    evaluate(changed.indicatorIds());
  }

  /**
   * Does a piece of work that records many figures (loading a council's history value by value) and
   * evaluates each indicator it changed once, at the end, over everything it recorded: the same
   * interventions as evaluating after each value, without reading each history again.
   */
  public <T> T deferring(Supplier<T> work) {
    if (deferred.get() != null) {
      return work.get();
    }
    Set<Long> waiting = new LinkedHashSet<>();
    deferred.set(waiting);
    T result;
    try {
      result = work.get();
    } finally {
      deferred.remove();
    }
    entities.flush();
    evaluate(waiting);
    return result;
  }

  /** Evaluates these indicators and the calculated indicators whose formulas read them. */
  public void evaluate(Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return;
    }
    Ladder ladder = ladders.current();
    List<Indicator> changed = indicators.findAllById(indicatorIds);
    for (Indicator indicator : changed) {
      evaluate(indicator, ladder);
    }
    for (Indicator calculated : readersOf(changed)) {
      evaluate(calculated, ladder);
    }
  }

  /** The calculated indicators whose formulas read these, directly or through another. */
  private List<Indicator> readersOf(List<Indicator> changed) {
    List<Indicator> calculated =
        indicators.findAllInOrder().stream().filter(Indicator::isCalculated).toList();
    if (calculated.isEmpty()) {
      return List.of();
    }
    Map<String, Formula> formulas = new HashMap<>();
    Map<String, Indicator> byCode = new HashMap<>();
    for (Indicator i : calculated) {
      formulas.put(Formula.normalise(i.getCode()), i.parsedFormula());
      byCode.put(Formula.normalise(i.getCode()), i);
    }
    FormulaDependencies dependencies = new FormulaDependencies(formulas);
    Set<String> readers = new LinkedHashSet<>();
    changed.forEach(i -> readers.addAll(dependencies.dependentsOf(i.getCode())));
    changed.forEach(i -> readers.remove(Formula.normalise(i.getCode())));
    return readers.stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
  }

  /** Every indicator: what a deadline passing (or a change of the ladder) may have changed. */
  public void evaluateAll() {
    Ladder ladder = ladders.current();
    for (Indicator indicator : indicators.findAll()) {
      evaluate(indicator, ladder);
    }
  }

  public void evaluate(Indicator indicator) {
    evaluate(indicator, ladders.current());
  }

  private void evaluate(Indicator indicator, Ladder ladder) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Map<Period, EvaluatedPeriod> kept = new HashMap<>();
    evaluated.findByIndicator(indicator).forEach(e -> kept.put(e.getPeriod(), e));
    Map<Period, Outcome> before = new HashMap<>();
    kept.forEach((p, e) -> before.put(p, e.getOutcome()));
    List<PeriodOutcome> periods = outcomes.of(indicator, before, today);
    for (PeriodOutcome p : periods) {
      EvaluatedPeriod was = kept.get(p.period());
      if (!p.evaluated()) {
        continue;
      }
      if (was == null) {
        evaluated.save(new EvaluatedPeriod(indicator, null, p.period(), p.outcome(), now));
      } else if (was.getOutcome() != p.outcome()) {
        was.set(p.outcome(), now);
      }
    }
    Escalation escalation = ladder.evaluate(periods);
    List<Intervention> recorded = interventions.findByIndicator(indicator);
    reconcile(
        recorded,
        escalation.interventions(),
        ladder,
        now,
        today,
        episode -> interventions.save(Intervention.on(indicator, episode, now)));
  }

  /**
   * Brings the recorded interventions to match the episodes: each episode is matched with the
   * intervention opened by the same period, else with one sharing a period, else recorded anew.
   */
  void reconcile(
      List<Intervention> recorded,
      List<Episode> episodes,
      Ladder ladder,
      Instant now,
      LocalDate today,
      java.util.function.Function<Episode, Intervention> create) {
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
      List<Intervention> recorded,
      Set<Intervention> matched,
      java.util.function.Predicate<Intervention> test) {
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
   * By when they must act: counted from the day the period was evaluated as if it had come on time
   * (its deadline), or today for a period evaluated before its deadline or one evaluated late.
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
