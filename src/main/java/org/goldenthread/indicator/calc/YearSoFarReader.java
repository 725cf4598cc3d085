package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * Reads from an indicator's calculator what its year has reported so far, for the projection.
 * Readings chosen where the SPEC is silent:
 *
 * <ul>
 *   <li>The year so far is the indicator's periods of collection from April up to and including the
 *       end of the period asked (its months for a monthly indicator asked about a quarter).
 *       "Periods reported" are those of them that have a value (for a calculated indicator, a
 *       figure): a missing month is skipped, not a reason for no projection, since the SPEC names
 *       only two cases without one. Asked about a period shorter than the collection frequency (a
 *       month of a quarterly indicator), there is nothing reported.
 *   <li>The total so far (sum) and the year-to-date figure (average, lowest, highest, last value)
 *       are made of the values reported, each period's own value (what it contributed, for a
 *       cumulative indicator). A ratio is the ratio of the summed numerators and denominators of
 *       the values reported (a single value entered without its parts stands as entered; several,
 *       any without parts, give no figure, as the calculator gives none); a calculated ratio is its
 *       formula over the year to date, only when it is cumulative and nothing is missing, or for a
 *       single period.
 *   <li>"Profiled" means a target is set for some half, quarter or month of the year (as profiling
 *       an annual target stores them); the year-to-date target is then the period's targets from
 *       April added up, each as the calculator works it out, and none when any is missing.
 * </ul>
 */
final class YearSoFarReader {

  private final IndicatorCalculator calculator;
  private final IndicatorRules rules;

  YearSoFarReader(IndicatorCalculator calculator) {
    this.calculator = calculator;
    this.rules = calculator.rules();
  }

  OutturnProjection.YearSoFar read(Period period) {
    PeriodType frequency = rules.frequency();
    boolean yearOver = period.end().equals(Period.year(period.year()).end());
    BigDecimal profiledTarget = profiledTarget(period).orElse(null);
    if (period.type().months() < frequency.months()) {
      return new OutturnProjection.YearSoFar(
          null, 0, frequency.perYear(), profiledTarget, yearOver);
    }
    List<Period> soFar = IndicatorCalculator.yearToDate(period, frequency);
    List<Period> reported = new ArrayList<>();
    List<BigDecimal> figures = new ArrayList<>();
    for (Period part : soFar) {
      Optional<BigDecimal> figure = calculator.contribution(part);
      if (figure.isPresent()) {
        reported.add(part);
        figures.add(figure.get());
      }
    }
    BigDecimal figure =
        figures.isEmpty() ? null : figure(period, soFar, reported, figures).orElse(null);
    return new OutturnProjection.YearSoFar(
        figure, reported.size(), frequency.perYear(), profiledTarget, yearOver);
  }

  private Optional<BigDecimal> figure(
      Period period, List<Period> soFar, List<Period> reported, List<BigDecimal> figures) {
    if (rules.aggregation() != Aggregation.RATIO) {
      return Optional.of(calculator.combine(figures));
    }
    if (calculator.isCalculated()) {
      if (figures.size() == 1 && soFar.size() == 1) {
        return Optional.of(figures.get(0));
      }
      return rules.cumulative() && reported.size() == soFar.size()
          ? calculator.actual(period)
          : Optional.empty();
    }
    List<Measurement> values = new ArrayList<>();
    for (Period part : soFar) {
      calculator.measurement(part).ifPresent(values::add);
    }
    return IndicatorCalculator.ratioOfSums(values, rules.ratioMultiplier());
  }

  private Optional<BigDecimal> profiledTarget(Period period) {
    if (!calculator.profiled(period.year())) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Period part : IndicatorCalculator.yearToDate(period, period.type())) {
      Optional<BigDecimal> target = calculator.ownTarget(part);
      if (target.isEmpty()) {
        return Optional.empty();
      }
      total = total.add(target.get());
    }
    return Optional.of(total);
  }
}
