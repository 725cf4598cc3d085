package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Numbers;

/**
 * A trend chart in words, for anyone who cannot see it: the periods it covers, the range of its
 * axis, the latest actual against its target with its status, then every period's figures.
 */
final class TrendWords {

  private TrendWords() {}

  static String describe(List<TrendChart.Point> points, Measure measure, Axis axis) {
    if (points.isEmpty() || axis == null) {
      return "No values yet.";
    }
    StringBuilder text =
        new StringBuilder("Actual against target by period, ")
            .append(points.size() == 1 ? "for " : "from ")
            .append(points.get(0).label())
            .append(points.size() == 1 ? "" : " to " + points.get(points.size() - 1).label())
            .append(". The axis runs from ")
            .append(axis.label(axis.low()))
            .append(" to ")
            .append(axis.label(axis.high()))
            .append(". ");
    TrendChart.Point latest = null;
    for (TrendChart.Point p : points) {
      if (p.actual() != null) {
        latest = p;
      }
    }
    if (latest == null) {
      text.append("No actual yet. ");
    } else {
      text.append("Latest: ").append(latest.label()).append(", ").append(one(latest, measure));
      text.append(". ");
    }
    text.append("Each period: ");
    for (int i = 0; i < points.size(); i++) {
      TrendChart.Point p = points.get(i);
      text.append(p.label())
          .append(' ')
          .append(one(p, measure))
          .append(i == points.size() - 1 ? "." : "; ");
    }
    return text.toString();
  }

  private static String one(TrendChart.Point p, Measure measure) {
    String words =
        "actual "
            + (p.actual() == null ? "none" : figure(p.actual(), measure))
            + ", target "
            + (p.target() == null ? "none" : figure(p.target(), measure));
    return p.status() == null || p.actual() == null ? words : words + ", " + p.status().label();
  }

  /** A figure for a label on the chart: short in millions or thousands ("£1.31m"). */
  static String label(BigDecimal value, Measure measure) {
    String shorter = ChartNumbers.shortValue(value, measure);
    return shorter == null ? figure(value, measure) : shorter;
  }

  /** A figure as the indicator shows it; as entered for plain numbers. */
  static String figure(BigDecimal value, Measure measure) {
    return measure.decimals() < 0
        ? measure.unit().format(Numbers.plain(value))
        : ChartNumbers.value(value, measure);
  }
}
