package org.goldenthread.report.dashboard;

import java.util.Comparator;
import java.util.List;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.YearFigures;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.chart.ChartSeries;
import org.goldenthread.indicator.chart.Measure;
import org.goldenthread.period.Period;

/**
 * Dashboard tiles of indicators for a period, from figures already read for it: red first, then
 * amber, no data, green and data only, each in the order given.
 */
public final class Tiles {

  /** How many periods a sparkline shows at most. */
  static final int SPARK_PERIODS = 8;

  private static final List<Status> ORDER =
      List.of(Status.RED, Status.AMBER, Status.NO_DATA, Status.GREEN, Status.DATA_ONLY);

  private Tiles() {}

  /**
   * A tile for each indicator, its figures for the indicator's reporting period of {@code period},
   * its sparkline back as far as the start of last financial year.
   */
  public static List<Tile> of(
      List<Indicator> indicators, Period period, YearFigures read, Figures figures) {
    return indicators.stream()
        .map(i -> tile(i, read.calculator(i), period, figures))
        .sorted(Comparator.comparingInt(t -> ORDER.indexOf(t.status())))
        .toList();
  }

  private static Tile tile(
      Indicator indicator, IndicatorCalculator calculator, Period period, Figures figures) {
    Period reported = Scorecard.reportingPeriod(indicator, period);
    List<PeriodResult> series =
        ChartSeries.upTo(calculator, reported, SPARK_PERIODS, period.financialYear().previous());
    PeriodResult now = series.get(series.size() - 1);
    String name = indicator.getCode() + " " + indicator.getTitle();
    return new Tile(
        indicator.getCode(),
        indicator.getTitle(),
        "/indicators/" + indicator.getId(),
        reported.label(),
        now.status(),
        figures.of(indicator, now.actual()),
        now.target() == null ? null : figures.of(indicator, now.target()),
        now.trendFromPrevious(),
        reported.previous().label(),
        indicator.isCumulative(),
        ChartSeries.sparkline("Trend of " + name, series, Measure.of(indicator, calculator)));
  }
}
