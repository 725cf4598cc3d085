package org.goldenthread.indicator.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorSignals;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.calc.XmrPoint;
import org.goldenthread.indicator.chart.Measure;
import org.goldenthread.indicator.chart.XmrChartSvg;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the indicator page's "Outturn and early warning" section, for its template to call. The
 * latest period is the one the page's headline reports: the period before today's.
 */
@Component("earlyWarnings")
@Transactional(readOnly = true)
public class EarlyWarnings {

  private final IndicatorResults results;
  private final IndicatorSignals signals;
  private final IndicatorValueRepository values;
  private final Clock clock;

  EarlyWarnings(
      IndicatorResults results,
      IndicatorSignals signals,
      IndicatorValueRepository values,
      Clock clock) {
    this.results = results;
    this.signals = signals;
    this.values = values;
    this.clock = clock;
  }

  public EarlyWarning of(Indicator indicator) {
    IndicatorCalculator calculator = results.calculator(indicator);
    Period latest = Period.containing(LocalDate.now(clock), indicator.getFrequency()).previous();
    IndicatorValue value =
        indicator.isCalculated()
            ? null
            : values.findByIndicatorAndPeriod(indicator, latest).orElse(null);
    Outturn outturn = calculator.outturn(latest, value == null ? null : value.getForecast());
    XmrChart chart = signals.of(indicator);
    List<BigDecimal> targets = new ArrayList<>();
    List<EarlyWarning.Row> rows = new ArrayList<>();
    for (XmrPoint p : chart.points()) {
      BigDecimal target = target(indicator, calculator, p.period());
      targets.add(target);
      rows.add(
          new EarlyWarning.Row(
              p.period(),
              p.value(),
              target,
              chart.signals().stream().filter(s -> s.covers(p.period())).toList()));
    }
    String svg =
        XmrChartSvg.svg(
            "xmr",
            indicator.getTitle() + ": statistical process chart (XmR)",
            chart,
            targets,
            Measure.of(indicator, calculator));
    return new EarlyWarning(
        indicator.getPolarity(),
        latest,
        outturn,
        value == null || value.getForecast() == null ? null : value.getForecastBasis(),
        chart,
        svg,
        rows);
  }

  /**
   * The target a point is drawn against: its period's, or for a cumulative indicator what its
   * period's year-to-date target adds to the one before it in the year (as the chart's assurance is
   * judged).
   */
  private static BigDecimal target(
      Indicator indicator, IndicatorCalculator calculator, Period period) {
    BigDecimal target = calculator.target(period).orElse(null);
    if (target == null || !indicator.isCumulative()) {
      return target;
    }
    Period before = period.previous();
    if (!before.financialYear().equals(period.financialYear())) {
      return target;
    }
    return calculator.target(before).map(target::subtract).orElse(null);
  }
}
