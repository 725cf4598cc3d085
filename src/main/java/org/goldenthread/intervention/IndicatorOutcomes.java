package org.goldenthread.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.indicator.calc.XmrCalculator;
import org.goldenthread.indicator.calc.XmrPoint;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Component;

/**
 * An indicator's periods as the ladder reads them (SPEC §8), from what is recorded today:
 *
 * <ul>
 *   <li>The periods run from the indicator's first period with a value (or evaluated before) to the
 *       latest period ended, at its collection frequency. Values of a longer period recorded before
 *       its first value at today's frequency (it was collected less often then) are taken as they
 *       are, so a change of frequency runs on.
 *   <li>A period whose value is verified or published is evaluated: its status (Data only for an
 *       indicator without polarity or target).
 *   <li>A period with no value is a missing return (counts as Red) once its deadline has passed,
 *       for an active indicator with a polarity; otherwise it is not evaluated yet.
 *   <li>A period whose value is only entered or submitted is not evaluated, unless it was evaluated
 *       before (a verified value being corrected, or a late return after a missing one): it keeps
 *       the outcome it was evaluated with until the new value is verified.
 *   <li>A calculated indicator has no return and no verification: a period is evaluated once its
 *       deadline has passed and its formula gives a figure.
 *   <li>Where the ladder has a rule that fires on a signal, each evaluated period with a figure is
 *       marked when its point is a concerning special cause on the XmR chart of the indicator's
 *       series up to and including it (SPEC §4a: its figures at its collection frequency, for a
 *       cumulative indicator what each period contributed, the latest 24 at most), as the signals
 *       API draws it.
 * </ul>
 */
@Component
class IndicatorOutcomes {

  private final IndicatorResults results;
  private final IndicatorValueRepository values;
  private final Deadlines deadlines;
  private final IndicatorProperties settings;

  IndicatorOutcomes(
      IndicatorResults results,
      IndicatorValueRepository values,
      Deadlines deadlines,
      IndicatorProperties settings) {
    this.results = results;
    this.values = values;
    this.deadlines = deadlines;
    this.settings = settings;
  }

  /**
   * Each period in order with its outcome today, or none while it is not evaluated; {@code before}
   * is what each period was last evaluated as.
   */
  List<PeriodOutcome> of(Indicator indicator, Map<Period, Outcome> before, LocalDate today) {
    Map<Period, ValueState> recorded = new TreeMap<>();
    if (!indicator.isCalculated()) {
      values.findByIndicator(indicator).forEach(v -> recorded.put(v.getPeriod(), v.getState()));
    }
    return of(indicator, results.calculator(indicator), recorded, before, today, false);
  }

  /**
   * As above from what the caller read (in bulk): the indicator's calculator and the state of each
   * of its recorded values; with {@code signals}, each period says whether its point is a
   * concerning special cause.
   */
  List<PeriodOutcome> of(
      Indicator indicator,
      IndicatorCalculator calculator,
      Map<Period, ValueState> recorded,
      Map<Period, Outcome> before,
      LocalDate today,
      boolean signals) {
    List<Period> periods = periods(indicator, recorded, before.keySet(), today);
    Set<Period> concerning =
        signals ? concerning(indicator, calculator, recorded.keySet(), periods) : Set.of();
    List<PeriodOutcome> outcomes = new ArrayList<>();
    for (Period p : periods) {
      outcomes.add(
          new PeriodOutcome(
              p,
              outcome(indicator, calculator, recorded.get(p), p, before, today),
              concerning.contains(p)));
    }
    return outcomes;
  }

  /**
   * The periods whose point is a concerning special cause on the chart of the series up to and
   * including it.
   */
  private Set<Period> concerning(
      Indicator indicator,
      IndicatorCalculator calculator,
      Set<Period> recorded,
      List<Period> periods) {
    TreeSet<Period> own = new TreeSet<>();
    if (indicator.isCalculated()) {
      own.addAll(periods);
    } else {
      recorded.stream().filter(p -> p.type() == indicator.getFrequency()).forEach(own::add);
    }
    List<XmrPoint> series = new ArrayList<>();
    Set<Period> concerning = new HashSet<>();
    for (Period p : own) {
      Optional<BigDecimal> figure =
          indicator.isCumulative() ? calculator.contribution(p) : calculator.actual(p);
      if (figure.isEmpty()) {
        continue;
      }
      series.add(new XmrPoint(p, figure.get()));
      if (series.size() >= XmrCalculator.MINIMUM_POINTS
          && XmrCalculator.chart(series, indicator.getPolarity(), null).variation()
              == Variation.SPECIAL_CAUSE_CONCERNING) {
        concerning.add(p);
      }
    }
    return concerning;
  }

  private Outcome outcome(
      Indicator indicator,
      IndicatorCalculator calculator,
      ValueState value,
      Period p,
      Map<Period, Outcome> before,
      LocalDate today) {
    boolean deadlinePassed = deadlines.isLate(p, today, settings.deadlineWorkingDay());
    if (indicator.isCalculated()) {
      PeriodResult result = calculator.result(p);
      return deadlinePassed && result.actual() != null
          ? Outcome.of(result.status())
          : before.get(p);
    }
    if (value == null) {
      if (!deadlinePassed || !indicator.isActive()) {
        return before.get(p);
      }
      return indicator.getPolarity() == Polarity.NONE ? Outcome.DATA_ONLY : Outcome.MISSING;
    }
    if (value == ValueState.VERIFIED || value == ValueState.PUBLISHED) {
      return Outcome.of(calculator.result(p).status());
    }
    return before.get(p);
  }

  private List<Period> periods(
      Indicator indicator,
      Map<Period, ValueState> recorded,
      Set<Period> evaluatedBefore,
      LocalDate today) {
    var frequency = indicator.getFrequency();
    TreeSet<Period> own = new TreeSet<>();
    TreeSet<Period> other = new TreeSet<>();
    if (indicator.isCalculated()) {
      own.addAll(results.calculatedPeriods(indicator, false));
    }
    for (Period p : recorded.keySet()) {
      (p.type() == frequency ? own : other).add(p);
    }
    for (Period p : evaluatedBefore) {
      (p.type() == frequency ? own : other).add(p);
    }
    List<Period> periods = new ArrayList<>();
    // Longer (or other) periods recorded before the first at today's frequency: an earlier
    // frequency, taken as recorded, without overlaps.
    LocalDate firstOwn = own.isEmpty() ? null : own.first().start();
    Period last = null;
    for (Period p : other) {
      boolean before = firstOwn == null || p.end().isBefore(firstOwn);
      if (before && (last == null || p.start().isAfter(last.end()))) {
        periods.add(p);
        last = p;
      }
    }
    Period latestEnded = Period.containing(today, frequency).previous();
    Period from;
    if (!own.isEmpty()) {
      from = own.first();
    } else if (last != null) {
      from = Period.containing(last.end().plusDays(1), frequency);
    } else {
      return periods;
    }
    Period to = own.isEmpty() || own.last().compareTo(latestEnded) < 0 ? latestEnded : own.last();
    if (indicator.isCalculated()) {
      periods.addAll(own.headSet(to, true));
      return periods;
    }
    for (Period p = from; p.compareTo(to) <= 0; p = p.next()) {
      periods.add(p);
    }
    return periods;
  }
}
