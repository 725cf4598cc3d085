package org.goldenthread.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.IndicatorRules;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What indicators report, period by period: reads the values and targets and hands them to the
 * {@link IndicatorCalculator}. A calculated indicator's values come from its formula over the
 * figures its inputs report for the same period.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorResults {

  private final IndicatorRepository indicators;
  private final IndicatorValueRepository values;
  private final IndicatorTargetRepository targets;
  private final IndicatorProperties settings;

  IndicatorResults(
      IndicatorRepository indicators,
      IndicatorValueRepository values,
      IndicatorTargetRepository targets,
      IndicatorProperties settings) {
    this.indicators = indicators;
    this.values = values;
    this.targets = targets;
    this.settings = settings;
  }

  /** One indicator's calculator over everything recorded for it. */
  public IndicatorCalculator calculator(Indicator indicator) {
    return calculators(List.of(indicator)).get(indicator.getId());
  }

  /**
   * Calculators for many indicators at once, reading their values and targets in one go (a
   * scorecard of the whole council stays a handful of queries).
   */
  public Map<Long, IndicatorCalculator> calculators(Collection<Indicator> wanted) {
    return calculators(wanted, null, false, false);
  }

  /**
   * Calculators over published values only (the workflow's last state), for what the public sees: a
   * value entered, submitted or verified but not yet published counts as missing, here and in every
   * formula input. The rules are the same; only the values read differ. Targets are all read.
   */
  public Map<Long, IndicatorCalculator> publishedCalculators(Collection<Indicator> wanted) {
    return calculators(wanted, null, true, false);
  }

  /**
   * Calculators that know only one financial year and the year before it: all that a period of that
   * year needs (its year to date, the previous period, the same period last year). This is what
   * keeps a whole-council scorecard quick however many years of history there are.
   */
  public Map<Long, IndicatorCalculator> calculatorsFor(
      Collection<Indicator> wanted, FinancialYear year) {
    return calculators(wanted, year, false, wanted.size() > READ_EVERY_INDICATOR_ABOVE);
  }

  /** As {@link #calculatorsFor}, kept together with the year they were read for. */
  public YearFigures yearFigures(Collection<Indicator> wanted, FinancialYear year) {
    return new YearFigures(year, calculatorsFor(wanted, year));
  }

  /**
   * As {@link #calculatorsFor}, but from published values only (a calculated indicator's inputs
   * too), for what the public sees: a value not yet published, or being corrected after
   * publication, counts as missing. Targets are as set.
   */
  public Map<Long, IndicatorCalculator> publishedCalculatorsFor(
      Collection<Indicator> wanted, FinancialYear year) {
    return calculators(wanted, year, true, wanted.size() > READ_EVERY_INDICATOR_ABOVE);
  }

  /**
   * Beyond this many indicators, a year's figures are read for every indicator and those not wanted
   * dropped: H2 checks a long {@code in (...)} list against each row in turn, which made the
   * scorecard of a 3,000-indicator council take seconds (PostgreSQL does not mind either way).
   */
  public static final int READ_EVERY_INDICATOR_ABOVE = 250;

  /**
   * The calculators, reading the figures of the wanted indicators (and their formulas' inputs) or,
   * with {@code readEvery}, those of every indicator for the year; the answer is the same.
   */
  public Map<Long, IndicatorCalculator> calculators(
      Collection<Indicator> wanted, FinancialYear year, boolean publishedOnly, boolean readEvery) {
    return calculators(wanted, year, false, publishedOnly, readEvery, Map.of());
  }

  /**
   * Calculators over every year recorded, reading just the figures in one go (every indicator's,
   * when many are wanted, as {@link #calculatorsFor} does): what the XmR charts of a whole
   * scorecard need, up to 24 periods back, without a query per indicator.
   */
  public Map<Long, IndicatorCalculator> everyYearCalculators(Collection<Indicator> wanted) {
    return calculators(
        wanted, null, true, false, wanted.size() > READ_EVERY_INDICATOR_ABOVE, Map.of());
  }

  /**
   * What an indicator collected (not calculated) reports for a period once {@code measured} is
   * counted as the period's value, before it is saved: the period's year and the year before are
   * read, as for a scorecard (all a period's figure, target and trends need), and the value held in
   * memory takes the place of what is recorded for the period. Entering a value is judged this way,
   * so it is not written, flushed and read back with the rest of the indicator's history.
   */
  public PeriodResult resultWith(Indicator indicator, Period period, Measurement measured) {
    return calculators(
            List.of(indicator),
            period.financialYear(),
            false,
            false,
            false,
            Map.of(indicator.getId(), Map.of(period, measured)))
        .get(indicator.getId())
        .result(period);
  }

  private Map<Long, IndicatorCalculator> calculators(
      Collection<Indicator> wanted,
      FinancialYear year,
      boolean everyYear,
      boolean publishedOnly,
      boolean readEvery,
      Map<Long, Map<Period, Measurement>> inMemory) {
    Map<Long, Indicator> all = new HashMap<>();
    wanted.forEach(i -> all.put(i.getId(), i));
    addFormulaInputs(all);
    Map<Long, Map<Period, Measurement>> measured = new HashMap<>();
    Map<Long, Map<Period, BigDecimal>> targeted = new HashMap<>();
    if (all.isEmpty()) {
      return Map.of();
    }
    if (year == null && !everyYear) {
      // Figures alone, not the values themselves: a whole council's history read at once (the
      // intervention ladder's evaluation) would otherwise load every value into the session.
      for (Object[] row : values.findAllFigures(all.keySet(), publishedOnly)) {
        measured
            .computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
            .put(
                Period.parse((String) row[1]),
                new Measurement(decimal(row[2]), decimal(row[3]), decimal(row[4])));
      }
      // The amounts alone, not the targets as records: a history of monthly targets is long.
      targeted(targets.findAmounts(all.keySet(), "%", "%"), all, targeted);
    } else {
      String thisYear = everyYear ? "%" : year.label() + "%";
      String lastYear = everyYear ? "%" : year.previous().label() + "%";
      boolean many = readEvery || all.size() > READ_EVERY_INDICATOR_ABOVE;
      List<Object[]> figures =
          many
              ? values.findEveryFigure(thisYear, lastYear, publishedOnly)
              : values.findFigures(all.keySet(), thisYear, lastYear, publishedOnly);
      for (Object[] row : figures) {
        long id = ((Number) row[0]).longValue();
        if (all.containsKey(id)) {
          measured
              .computeIfAbsent(id, k -> new HashMap<>())
              .put(
                  Period.parse((String) row[1]),
                  new Measurement(decimal(row[2]), decimal(row[3]), decimal(row[4])));
        }
      }
      List<Object[]> amounts =
          many
              ? targets.findEveryAmount(thisYear, lastYear)
              : targets.findAmounts(all.keySet(), thisYear, lastYear);
      targeted(amounts, all, targeted);
    }
    inMemory.forEach(
        (id, periods) -> measured.computeIfAbsent(id, k -> new HashMap<>()).putAll(periods));
    Map<Long, IndicatorCalculator> calculators = new HashMap<>();
    for (Indicator indicator : wanted) {
      calculators.put(
          indicator.getId(),
          calculatorOf(indicator, all, measured, targeted, calculators, new HashSet<>()));
    }
    return calculators;
  }

  private IndicatorCalculator calculatorOf(
      Indicator indicator,
      Map<Long, Indicator> all,
      Map<Long, Map<Period, Measurement>> measured,
      Map<Long, Map<Period, BigDecimal>> targeted,
      Map<Long, IndicatorCalculator> done,
      Set<Long> inProgress) {
    IndicatorCalculator known = done.get(indicator.getId());
    if (known != null) {
      return known;
    }
    IndicatorRules rules = indicator.rules(settings.councilTolerance());
    Map<Period, BigDecimal> goals = targeted.getOrDefault(indicator.getId(), Map.of());
    IndicatorCalculator calculator;
    if (indicator.isCalculated() && inProgress.add(indicator.getId())) {
      Formula formula = indicator.parsedFormula();
      Map<String, IndicatorCalculator> inputs = new HashMap<>();
      for (String code : formula.references()) {
        all.values().stream()
            .filter(i -> i.getCode().equalsIgnoreCase(code))
            .findFirst()
            .ifPresent(
                input ->
                    inputs.put(
                        code, calculatorOf(input, all, measured, targeted, done, inProgress)));
      }
      calculator =
          IndicatorCalculator.calculated(
              rules,
              period -> {
                Map<String, BigDecimal> figures = new HashMap<>();
                inputs.forEach(
                    (code, calc) -> calc.actual(period).ifPresent(v -> figures.put(code, v)));
                return formula.evaluate(figures);
              },
              period -> {
                Map<String, BigDecimal> figures = new HashMap<>();
                inputs.forEach(
                    (code, calc) -> calc.contribution(period).ifPresent(v -> figures.put(code, v)));
                return formula.evaluate(figures);
              },
              goals);
    } else {
      calculator =
          new IndicatorCalculator(rules, measured.getOrDefault(indicator.getId(), Map.of()), goals);
    }
    done.put(indicator.getId(), calculator);
    return calculator;
  }

  /**
   * The periods a calculated indicator may have a figure for: those of its frequency holding a
   * value (or, with {@code publishedOnly}, a published value) of an indicator its formula reads,
   * directly or through another calculated one. The formula decides which of them have a figure.
   */
  public Set<Period> calculatedPeriods(Indicator indicator, boolean publishedOnly) {
    Map<Long, Indicator> inputs = new HashMap<>();
    collectInputs(indicator, inputs);
    Set<Period> periods = new TreeSet<>();
    if (inputs.isEmpty()) {
      return periods;
    }
    List<IndicatorValue> read =
        publishedOnly
            ? values.findByIndicatorIdsAndState(inputs.keySet(), ValueState.PUBLISHED)
            : values.findByIndicatorIds(inputs.keySet());
    for (IndicatorValue v : read) {
      Period p = v.getPeriod();
      if (p.type() == indicator.getFrequency()) {
        periods.add(p);
      } else if (p.type().months() < indicator.getFrequency().months()) {
        periods.add(p.enclosing(indicator.getFrequency()));
      }
    }
    return periods;
  }

  private void collectInputs(Indicator indicator, Map<Long, Indicator> inputs) {
    for (String code : indicator.parsedFormula().references()) {
      indicators
          .findByCodeIgnoreCase(code)
          .filter(input -> inputs.putIfAbsent(input.getId(), input) == null)
          .filter(Indicator::isCalculated)
          .ifPresent(input -> collectInputs(input, inputs));
    }
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

  /** Adds, transitively, the indicators a calculated indicator's formula reads. */
  private void addFormulaInputs(Map<Long, Indicator> all) {
    List<Indicator> toCheck = new ArrayList<>(all.values());
    while (!toCheck.isEmpty()) {
      Indicator next = toCheck.remove(toCheck.size() - 1);
      if (!next.isCalculated()) {
        continue;
      }
      for (String code : next.parsedFormula().references()) {
        indicators
            .findByCodeIgnoreCase(code)
            .filter(input -> all.putIfAbsent(input.getId(), input) == null)
            .ifPresent(toCheck::add);
      }
    }
  }

  /**
   * Each (indicator id, period, amount) row of a wanted indicator, as its target for the period.
   */
  private static void targeted(
      List<Object[]> amounts,
      Map<Long, Indicator> wanted,
      Map<Long, Map<Period, BigDecimal>> targeted) {
    for (Object[] row : amounts) {
      long id = ((Number) row[0]).longValue();
      if (wanted.containsKey(id)) {
        targeted
            .computeIfAbsent(id, k -> new HashMap<>())
            .put(Period.parse((String) row[1]), decimal(row[2]));
      }
    }
  }
}
