package org.goldenthread.intervention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.action.ProgressRecorded;
import org.goldenthread.action.progress.ProgressUpdate;
import org.goldenthread.action.progress.ProgressUpdateRepository;
import org.goldenthread.indicator.FiguresChanged;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.indicator.formula.FormulaDependencies;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.Period;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each indicator's (and action's) interventions in step with its periods (SPEC §8).
 * Evaluating an indicator reads its periods as they stand ({@link IndicatorOutcomes}), runs the
 * ladder over all of them in period order — so values that arrive together, as from an import, give
 * what they would have given one by one — and brings the recorded interventions to match ({@link
 * InterventionRecords}). Evaluating again with nothing changed changes nothing. Many indicators are
 * read together, {@value #CHUNK} at a time (their calculators, values' states, evaluated periods
 * and interventions in a handful of queries), so an import of a council's history or the daily run
 * over every indicator stays a matter of seconds. An action is evaluated on the BRAG of its
 * progress updates, one per quarter, a quarter without an update ending a run.
 */
@Service
@Transactional
public class InterventionEvaluation {

  /** Indicators read together: below the long {@code in} lists H2 is slow with. */
  static final int CHUNK = 200;

  private final IndicatorRepository indicators;
  private final IndicatorResults results;
  private final IndicatorValueRepository values;
  private final ActionRepository actions;
  private final ProgressUpdateRepository updates;
  private final InterventionRepository interventions;
  private final EvaluatedPeriodRepository evaluated;
  private final IndicatorOutcomes outcomes;
  private final InterventionRecords records;
  private final Ladders ladders;
  private final Clock clock;

  InterventionEvaluation(
      IndicatorRepository indicators,
      IndicatorResults results,
      IndicatorValueRepository values,
      ActionRepository actions,
      ProgressUpdateRepository updates,
      InterventionRepository interventions,
      EvaluatedPeriodRepository evaluated,
      IndicatorOutcomes outcomes,
      InterventionRecords records,
      Ladders ladders,
      Clock clock) {
    this.indicators = indicators;
    this.results = results;
    this.values = values;
    this.actions = actions;
    this.updates = updates;
    this.interventions = interventions;
    this.evaluated = evaluated;
    this.outcomes = outcomes;
    this.records = records;
    this.ladders = ladders;
    this.clock = clock;
  }

  /**
   * Values verified, published, corrected or imported, targets or definitions changed: their
   * indicators and those reading them.
   */
  @EventListener
  public void on(FiguresChanged changed) {
    Set<Long> waiting = deferred.get();
    if (waiting != null) {
      waiting.addAll(changed.indicatorIds());
      return;
    }
    evaluate(changed.indicatorIds());
  }

  /** The indicators whose evaluation waits for the end of {@link #deferring}, on this thread. */
  private final ThreadLocal<Set<Long>> deferred = new ThreadLocal<>();

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
    evaluate(waiting);
    return result;
  }

  /** An action's progress update recorded: the action on the same ladder. */
  @EventListener
  public void on(ProgressRecorded recorded) {
    actions.findById(recorded.actionId()).ifPresent(this::evaluate);
  }

  /** Evaluates these indicators and the calculated indicators whose formulas read them. */
  public void evaluate(Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return;
    }
    List<Indicator> changed = indicators.findAllById(indicatorIds);
    Set<Indicator> wanted = new LinkedHashSet<>(changed);
    wanted.addAll(readersOf(changed));
    evaluateIndicators(new ArrayList<>(wanted), ladders.current());
  }

  /** The calculated indicators whose formulas read these, directly or through another. */
  private List<Indicator> readersOf(List<Indicator> changed) {
    List<Indicator> calculated =
        indicators.findByFormulaIsNotNull().stream().filter(Indicator::isCalculated).toList();
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
    return readers.stream().map(byCode::get).filter(Objects::nonNull).toList();
  }

  /**
   * Every indicator and every action with progress updates: what a deadline passing (or a change of
   * the ladder) may have changed.
   */
  public void evaluateAll() {
    Ladder ladder = ladders.current();
    evaluateIndicators(indicators.findAll(), ladder);
    Set<Long> reported = new LinkedHashSet<>();
    updates.findAll().forEach(u -> reported.add(u.getAction().getId()));
    for (Action action : actions.findAllById(reported)) {
      evaluate(action, ladder);
    }
  }

  public void evaluate(Indicator indicator) {
    evaluateIndicators(List.of(indicator), ladders.current());
  }

  public void evaluate(Action action) {
    evaluate(action, ladders.current());
  }

  private void evaluateIndicators(List<Indicator> all, Ladder ladder) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    boolean signals = ladder.readsSignals();
    // What this transaction changed is read back by the queries below.
    interventions.flush();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Indicator> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      List<Long> ids = chunk.stream().map(Indicator::getId).toList();
      Map<Long, IndicatorCalculator> calculators = results.calculators(chunk);
      Map<Long, Map<Period, ValueState>> states = new HashMap<>();
      for (Object[] row : values.findStatesByIndicatorIds(ids)) {
        states
            .computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeMap<>())
            .put((Period) row[1], (ValueState) row[2]);
      }
      Map<Long, List<EvaluatedPeriod>> kept = new HashMap<>();
      for (EvaluatedPeriod e : evaluated.findByIndicatorIds(ids)) {
        kept.computeIfAbsent(e.getIndicatorId(), k -> new ArrayList<>()).add(e);
      }
      Map<Long, List<Intervention>> recorded = new HashMap<>();
      for (Intervention i : interventions.findByIndicatorIds(ids)) {
        recorded.computeIfAbsent(i.getIndicator().getId(), k -> new ArrayList<>()).add(i);
      }
      for (Indicator indicator : chunk) {
        long id = indicator.getId();
        List<PeriodOutcome> periods =
            outcomes.of(
                indicator,
                calculators.get(id),
                states.getOrDefault(id, Map.of()),
                before(kept.getOrDefault(id, List.of())),
                today,
                signals);
        keep(indicator, null, kept.getOrDefault(id, List.of()), periods, now);
        records.reconcile(
            recorded.getOrDefault(id, List.of()),
            ladder.evaluate(periods).interventions(),
            ladder,
            now,
            today,
            episode -> interventions.save(Intervention.on(indicator, episode, now)));
      }
    }
  }

  private void evaluate(Action action, Ladder ladder) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<PeriodOutcome> periods = new ArrayList<>();
    Map<Period, ProgressUpdate> byPeriod = new TreeMap<>();
    updates.findByActionOrderByPeriodDesc(action).forEach(u -> byPeriod.put(u.getPeriod(), u));
    byPeriod.forEach((p, u) -> periods.add(new PeriodOutcome(p, Outcome.of(u.getStatus()))));
    keep(null, action, evaluated.findByAction(action), periods, now);
    records.reconcile(
        interventions.findByAction(action),
        ladder.evaluate(periods).interventions(),
        ladder,
        now,
        today,
        episode -> interventions.save(Intervention.on(action, episode, now)));
  }

  /** What each period kept was last evaluated as. */
  private static Map<Period, Outcome> before(List<EvaluatedPeriod> kept) {
    Map<Period, Outcome> before = new HashMap<>();
    kept.forEach(e -> before.put(e.getPeriod(), e.getOutcome()));
    return before;
  }

  /** Records each evaluated period's outcome, new or changed, beside the ones kept. */
  private void keep(
      Indicator indicator,
      Action action,
      List<EvaluatedPeriod> kept,
      List<PeriodOutcome> periods,
      Instant now) {
    Map<Period, EvaluatedPeriod> byPeriod = new LinkedHashMap<>();
    kept.forEach(e -> byPeriod.put(e.getPeriod(), e));
    for (PeriodOutcome p : periods) {
      if (!p.evaluated()) {
        continue;
      }
      EvaluatedPeriod was = byPeriod.get(p.period());
      if (was == null) {
        evaluated.save(new EvaluatedPeriod(indicator, action, p.period(), p.outcome(), now));
      } else if (was.getOutcome() != p.outcome()) {
        was.set(p.outcome(), now);
      }
    }
  }
}
