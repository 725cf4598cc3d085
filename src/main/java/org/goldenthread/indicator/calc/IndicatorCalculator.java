package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Trend;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * Works out what an indicator reports for any period from the values collected and the targets set
 * (SPEC §4): the figure (the period's own, or year to date for a cumulative indicator), the target
 * it is judged against, its status, and its trends.
 *
 * <p>A cumulative indicator's trend against the previous period compares what each period itself
 * contributed, not the years to date: those restart in April and grow through the year, so Q1's
 * would always read as lower than Q4's. Its trend against the same period last year compares the
 * years to date, which cover the same stretch of each year.
 *
 * <p>Collected values are each period's own (a month's count, not the total so far). A figure is
 * given only when every period it is made of has a value: a quarter with a month missing has no
 * figure rather than a wrong one.
 */
public final class IndicatorCalculator {

  private final IndicatorRules rules;
  private final Map<Period, Measurement> actuals;
  private final Map<Period, BigDecimal> targets;
  private final Function<Period, Optional<BigDecimal>> formula;
  private final Function<Period, Optional<BigDecimal>> formulaOfContributions;

  public IndicatorCalculator(
      IndicatorRules rules, Map<Period, Measurement> actuals, Map<Period, BigDecimal> targets) {
    this(rules, actuals, targets, null, null);
  }

  private IndicatorCalculator(
      IndicatorRules rules,
      Map<Period, Measurement> actuals,
      Map<Period, BigDecimal> targets,
      Function<Period, Optional<BigDecimal>> formula,
      Function<Period, Optional<BigDecimal>> formulaOfContributions) {
    this.rules = rules;
    this.actuals = Map.copyOf(actuals);
    this.targets = Map.copyOf(targets);
    this.formula = formula;
    this.formulaOfContributions = formulaOfContributions;
  }

  /**
   * A calculated indicator: its figure for any period is its formula over what its inputs report
   * for that same period (so a quarter's percentage comes from the quarter's totals, not from three
   * monthly percentages). What a period itself contributed, for the trend of a cumulative one, is
   * the formula over what its inputs contributed.
   */
  public static IndicatorCalculator calculated(
      IndicatorRules rules,
      Function<Period, Optional<BigDecimal>> formula,
      Function<Period, Optional<BigDecimal>> formulaOfContributions,
      Map<Period, BigDecimal> targets) {
    return new IndicatorCalculator(rules, Map.of(), targets, formula, formulaOfContributions);
  }

  public PeriodResult result(Period period) {
    BigDecimal actual = actual(period).orElse(null);
    BigDecimal target = target(period).orElse(null);
    return new PeriodResult(
        period,
        actual,
        target,
        Judgement.status(actual, target, rules.polarity(), rules.tolerance()),
        trendFromPrevious(period, actual),
        trend(actual, actual(period.sameLastYear()).orElse(null)));
  }

  private Trend trendFromPrevious(Period period, BigDecimal actual) {
    BigDecimal now = rules.cumulative() ? contribution(period).orElse(null) : actual;
    return trend(now, contribution(period.previous()).orElse(null));
  }

  private Trend trend(BigDecimal later, BigDecimal earlier) {
    return Judgement.trend(later, earlier, rules.polarity(), rules.decimalPlaces()).orElse(null);
  }

  /**
   * The projected year-end outturn at a period and the risk to the annual target, with the
   * officer's forecast given with the period's value (may be null), as {@link OutturnProjection}
   * and {@link YearSoFarReader} say. Nothing else this calculator reports depends on it.
   */
  public Outturn outturn(Period period, BigDecimal officerForecast) {
    return OutturnProjection.outturn(
        rules.aggregation(),
        rules.polarity(),
        rules.tolerance(),
        new YearSoFarReader(this).read(period),
        annualTarget(period).orElse(null),
        officerForecast);
  }

  /**
   * The annual target of the financial year a period falls in: the one set for the year, or one
   * worked out from the targets of its quarters or months, as the year's own target always is.
   */
  Optional<BigDecimal> annualTarget(Period period) {
    return ownTarget(Period.year(period.year()));
  }

  public IndicatorRules rules() {
    return rules;
  }

  boolean isCalculated() {
    return formula != null;
  }

  /** The value collected for a period of collection, if any (never for a calculated indicator). */
  Optional<Measurement> measurement(Period period) {
    return Optional.ofNullable(actuals.get(period));
  }

  /** Whether a target is set for any period of the financial year shorter than the year. */
  boolean profiled(int financialYear) {
    return targets.keySet().stream()
        .anyMatch(p -> p.year() == financialYear && p.type() != PeriodType.FINANCIAL_YEAR);
  }

  /** The periods of collection whose values make up what is reported for a period. */
  List<Period> components(Period reporting) {
    PeriodType collected = rules.frequency();
    if (reporting.type().months() < collected.months()) {
      return List.of();
    }
    if (!rules.cumulative()) {
      return asRecorded(partsOf(reporting, collected));
    }
    return asRecorded(yearToDate(reporting, collected));
  }

  /**
   * The parts as recorded: where the indicator was collected less often before (a clinic asked for
   * more frequent monitoring), a longer period recorded then stands for its parts that have no
   * value of their own, when they are all among the parts.
   */
  private List<Period> asRecorded(List<Period> parts) {
    if (formula != null) {
      return parts;
    }
    List<Period> recorded = new ArrayList<>(parts.size());
    int i = 0;
    while (i < parts.size()) {
      Period part = parts.get(i);
      Period longer = actuals.containsKey(part) ? null : recordedLonger(part);
      if (longer != null) {
        List<Period> inner = partsOf(longer, part.type());
        if (i + inner.size() <= parts.size() && parts.subList(i, i + inner.size()).equals(inner)) {
          recorded.add(longer);
          i += inner.size();
          continue;
        }
      }
      recorded.add(part);
      i++;
    }
    return recorded;
  }

  private Period recordedLonger(Period part) {
    for (PeriodType coarser : coarserThan(part.type())) {
      Period longer = part.enclosing(coarser);
      if (actuals.containsKey(longer)) {
        return longer;
      }
    }
    return null;
  }

  /** The figure reported for a period: its own, or for a cumulative indicator, year to date. */
  public Optional<BigDecimal> actual(Period reporting) {
    List<Period> parts = components(reporting);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (formula != null) {
      return formula.apply(reporting);
    }
    return figureOver(parts);
  }

  /**
   * What a period itself contributed: its own figure from its own parts (a quarter's own sum, or
   * the ratio of its own sums), even for a cumulative indicator, whose {@link #actual} is the year
   * to date. For any other indicator it is the figure reported. Empty when any part is missing.
   */
  public Optional<BigDecimal> contribution(Period reporting) {
    if (!rules.cumulative()) {
      return actual(reporting);
    }
    if (reporting.type().months() < rules.frequency().months()) {
      return Optional.empty();
    }
    if (formulaOfContributions != null) {
      return formulaOfContributions.apply(reporting);
    }
    return figureOver(asRecorded(partsOf(reporting, rules.frequency())));
  }

  /** The figure made of the values of these periods, combined by the indicator's aggregation. */
  private Optional<BigDecimal> figureOver(List<Period> parts) {
    BigDecimal multiplier = rules.ratioMultiplier();
    if (rules.aggregation() == Aggregation.LAST) {
      return figureOf(parts.get(parts.size() - 1));
    }
    List<Measurement> values = new ArrayList<>();
    for (Period part : parts) {
      Measurement m = actuals.get(part);
      if (m == null) {
        return Optional.empty();
      }
      values.add(m);
    }
    if (rules.aggregation() == Aggregation.RATIO) {
      return ratioOfSums(values, multiplier);
    }
    List<BigDecimal> figures = new ArrayList<>();
    for (Measurement m : values) {
      Optional<BigDecimal> figure = m.figure(multiplier);
      if (figure.isEmpty()) {
        return Optional.empty();
      }
      figures.add(figure.get());
    }
    return Optional.of(combine(figures));
  }

  private Optional<BigDecimal> figureOf(Period period) {
    Measurement m = actuals.get(period);
    return m == null ? Optional.empty() : m.figure(rules.ratioMultiplier());
  }

  /** A ratio over several periods is the ratio of the sums, never the mean of the ratios. */
  static Optional<BigDecimal> ratioOfSums(List<Measurement> values, BigDecimal multiplier) {
    if (values.size() == 1) {
      return values.get(0).figure(multiplier);
    }
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    for (Measurement m : values) {
      if (!m.hasParts()) {
        return Optional.empty();
      }
      numerator = numerator.add(m.numerator());
      denominator = denominator.add(m.denominator());
    }
    return Measurement.ratioOf(numerator, denominator, multiplier);
  }

  BigDecimal combine(List<BigDecimal> figures) {
    return switch (rules.aggregation()) {
      case SUM -> sum(figures);
      case AVERAGE -> sum(figures).divide(BigDecimal.valueOf(figures.size()), Measurement.DIVISION);
      case MIN -> figures.stream().min(BigDecimal::compareTo).orElseThrow();
      case MAX -> figures.stream().max(BigDecimal::compareTo).orElseThrow();
      case LAST -> figures.get(figures.size() - 1);
      case RATIO -> throw new IllegalStateException("Ratios are combined from their parts");
    };
  }

  private static BigDecimal sum(List<BigDecimal> figures) {
    return figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The target a period's figure is judged against. A cumulative total is judged against the
   * targets of the year so far added up; anything else against the period's own target.
   */
  public Optional<BigDecimal> target(Period reporting) {
    if (rules.cumulative() && rules.aggregation() == Aggregation.SUM) {
      BigDecimal total = BigDecimal.ZERO;
      for (Period part : yearToDate(reporting, reporting.type())) {
        Optional<BigDecimal> target = ownTarget(part);
        if (target.isEmpty()) {
          return Optional.empty();
        }
        total = total.add(target.get());
      }
      return Optional.of(total);
    }
    return ownTarget(reporting);
  }

  /**
   * A period's own target: the one set for it; or one worked out from the targets of the shorter
   * periods it is made of, combined as the values are (added up for a total, averaged for an
   * average or a ratio, the last for a last value, the lowest or highest); or, failing those, from
   * a longer period it falls in (a total's share spread evenly, or a level's figure as it stands).
   */
  Optional<BigDecimal> ownTarget(Period period) {
    BigDecimal set = targets.get(period);
    if (set != null) {
      return Optional.of(set);
    }
    for (PeriodType finer : finerThan(period.type())) {
      Optional<BigDecimal> fromParts = combinedTargets(partsOf(period, finer));
      if (fromParts.isPresent()) {
        return fromParts;
      }
    }
    for (PeriodType coarser : coarserThan(period.type())) {
      BigDecimal whole = targets.get(period.enclosing(coarser));
      if (whole == null) {
        continue;
      }
      if (rules.aggregation() != Aggregation.SUM) {
        return Optional.of(whole);
      }
      return Optional.of(
          whole
              .multiply(BigDecimal.valueOf(period.type().months()))
              .divide(BigDecimal.valueOf(coarser.months()), Measurement.DIVISION));
    }
    return Optional.empty();
  }

  /** The parts' targets combined as their values would be; empty unless every part has one. */
  private Optional<BigDecimal> combinedTargets(List<Period> parts) {
    List<BigDecimal> amounts = new ArrayList<>();
    for (Period part : parts) {
      BigDecimal target = targets.get(part);
      if (target == null) {
        return Optional.empty();
      }
      amounts.add(target);
    }
    if (amounts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (rules.aggregation()) {
          case SUM -> sum(amounts);
          case AVERAGE, RATIO ->
              sum(amounts).divide(BigDecimal.valueOf(amounts.size()), Measurement.DIVISION);
          case LAST -> amounts.get(amounts.size() - 1);
          case MIN -> amounts.stream().min(BigDecimal::compareTo).orElseThrow();
          case MAX -> amounts.stream().max(BigDecimal::compareTo).orElseThrow();
        });
  }

  private static List<Period> partsOf(Period period, PeriodType type) {
    return period.type() == type ? List.of(period) : period.within(type);
  }

  /** The periods of a type from the start of the financial year to the end of this one. */
  static List<Period> yearToDate(Period reporting, PeriodType type) {
    return partsOf(Period.year(reporting.year()), type).stream()
        .filter(p -> !p.end().isAfter(reporting.end()))
        .toList();
  }

  private static List<PeriodType> finerThan(PeriodType type) {
    List<PeriodType> finer = new ArrayList<>();
    for (PeriodType t : PeriodType.values()) {
      if (t.months() < type.months()) {
        finer.add(0, t);
      }
    }
    return finer;
  }

  private static List<PeriodType> coarserThan(PeriodType type) {
    List<PeriodType> coarser = new ArrayList<>();
    for (PeriodType t : PeriodType.values()) {
      if (t.months() > type.months()) {
        coarser.add(t);
      }
    }
    return coarser;
  }
}
