package org.goldenthread.indicator.chart;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;

/**
 * The series a trend chart draws, one period's result a point, oldest first: the one way the
 * indicator page, the report (on screen and in its exports) and the public pages build their charts
 * of actual against target.
 */
public final class ChartSeries {

  private ChartSeries() {}

  /**
   * What the calculator reports for up to {@code count} periods ending with {@code last}, oldest
   * first, none of a financial year before {@code earliest} (no limit when null).
   */
  public static List<PeriodResult> upTo(
      IndicatorCalculator calculator, Period last, int count, FinancialYear earliest) {
    List<PeriodResult> series = new ArrayList<>();
    for (Period p = last;
        series.size() < count && (earliest == null || p.year() >= earliest.startYear());
        p = p.previous()) {
      series.add(0, calculator.result(p));
    }
    return series;
  }

  /** The last {@code count} of these results (all of them when there are fewer). */
  public static List<PeriodResult> last(List<PeriodResult> oldestFirst, int count) {
    return oldestFirst.subList(Math.max(0, oldestFirst.size() - count), oldestFirst.size());
  }

  /** The chart of these results, oldest first; its title and description ids start with id. */
  public static String chart(String id, String title, List<PeriodResult> oldestFirst) {
    return chart(id, title, oldestFirst, Measure.PLAIN, TrendChart.Size.FULL);
  }

  /**
   * The chart of these results in the indicator's measure, full width (an indicator's page) or
   * small (a report's table, its PDF and Word papers, a dashboard's exceptions).
   */
  public static String chart(
      String id,
      String title,
      List<PeriodResult> oldestFirst,
      Measure measure,
      TrendChart.Size size) {
    return TrendChart.svg(id, title, points(oldestFirst), measure, size);
  }

  /** A sparkline of these results, oldest first, named for a screen reader by {@code name}. */
  public static String sparkline(String name, List<PeriodResult> oldestFirst, Measure measure) {
    return Sparkline.svg(name, points(oldestFirst), measure);
  }

  private static List<TrendChart.Point> points(List<PeriodResult> oldestFirst) {
    return oldestFirst.stream()
        .map(r -> new TrendChart.Point(r.period().label(), r.actual(), r.target(), r.status()))
        .toList();
  }
}
