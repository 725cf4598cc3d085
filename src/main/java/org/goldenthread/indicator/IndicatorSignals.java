package org.goldenthread.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.XmrCalculator;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.calc.XmrPoint;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An indicator's XmR chart from its recorded figures (SPEC §4a): the series is its figure for each
 * period of its collection frequency that has one, in period order up to today's period (for a
 * cumulative indicator, what each period contributed), and the latest target is the target of the
 * latest point's period (for a cumulative indicator, what that period's year-to-date target adds to
 * the one before it in the same year).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorSignals {

  private final IndicatorResults results;
  private final IndicatorValueRepository values;
  private final Clock clock;

  IndicatorSignals(IndicatorResults results, IndicatorValueRepository values, Clock clock) {
    this.results = results;
    this.values = values;
    this.clock = clock;
  }

  public XmrChart of(Indicator indicator) {
    IndicatorCalculator calculator = results.calculator(indicator);
    Period now = Period.containing(LocalDate.now(clock), indicator.getFrequency());
    List<XmrPoint> series = new ArrayList<>();
    for (Period p : periods(indicator)) {
      if (p.compareTo(now) > 0) {
        continue;
      }
      figure(indicator, calculator, p).ifPresent(v -> series.add(new XmrPoint(p, v)));
    }
    BigDecimal target =
        series.isEmpty() ? null : target(indicator, calculator, series.get(series.size() - 1));
    return XmrCalculator.chart(series, indicator.getPolarity(), target);
  }

  /**
   * The chart as it stood at a period, from a calculator already read (for many indicators at once,
   * without a query each): the indicator's periods of collection from {@code from} up to the end of
   * {@code upTo} that have a figure. With a calculator over every year recorded and {@code from} no
   * later than the first value, the chart is the one {@link #of} gives at that period.
   */
  public static XmrChart asAt(
      Indicator indicator, IndicatorCalculator calculator, Period upTo, Period from) {
    List<XmrPoint> series = new ArrayList<>();
    if (!indicator.isCalculated() || !indicator.parsedFormula().references().isEmpty()) {
      // Backwards from the period shown, as far as the chart reaches: its latest points only.
      Period p = Period.containing(upTo.end(), indicator.getFrequency());
      for (;
          series.size() < XmrCalculator.MAXIMUM_POINTS && !p.end().isBefore(from.start());
          p = p.previous()) {
        Period at = p;
        figure(indicator, calculator, p).ifPresent(v -> series.add(0, new XmrPoint(at, v)));
      }
    }
    BigDecimal target =
        series.isEmpty() ? null : target(indicator, calculator, series.get(series.size() - 1));
    return XmrCalculator.chart(series, indicator.getPolarity(), target);
  }

  private Set<Period> periods(Indicator indicator) {
    if (indicator.isCalculated()) {
      return results.calculatedPeriods(indicator, false);
    }
    // Longer periods recorded before a change to more frequent collection count as they were.
    return new java.util.LinkedHashSet<>(
        CollectedPeriods.of(
            values.findByIndicator(indicator).stream().map(IndicatorValue::getPeriod).toList(),
            indicator.getFrequency()));
  }

  private static Optional<BigDecimal> figure(
      Indicator indicator, IndicatorCalculator calculator, Period p) {
    return (indicator.isCumulative() ? calculator.contribution(p) : calculator.actual(p))
        .map(IndicatorSignals::asEntered);
  }

  /**
   * A figure without the zeros storage adds (10, not 10.000000): the chart's words show computed
   * figures to a place or two more than the most precise value, as entered.
   */
  private static BigDecimal asEntered(BigDecimal figure) {
    BigDecimal stripped = figure.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static BigDecimal target(
      Indicator indicator, IndicatorCalculator calculator, XmrPoint latest) {
    Period p = latest.period();
    BigDecimal target = calculator.target(p).orElse(null);
    if (target == null || !indicator.isCumulative()) {
      return target;
    }
    Period before = p.previous();
    if (!before.financialYear().equals(p.financialYear())) {
      return target;
    }
    return calculator.target(before).map(target::subtract).orElse(null);
  }
}
