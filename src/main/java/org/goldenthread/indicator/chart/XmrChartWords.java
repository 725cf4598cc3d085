package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.indicator.calc.Signal;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.calc.XmrPoint;

/** An XmR chart in words, for the description of its picture. */
final class XmrChartWords {

  private XmrChartWords() {}

  /** The chart in words, for anyone who cannot see it. */
  static String describe(XmrChart chart) {
    List<XmrPoint> points = chart.points();
    if (points.isEmpty()) {
      return "No values yet.";
    }
    String span =
        points.size()
            + (points.size() == 1 ? " value, " : " values, from ")
            + points.get(0).period().label()
            + (points.size() == 1 ? "" : " to " + points.get(points.size() - 1).period().label());
    if (chart.mean() == null) {
      return "XmR chart of " + span + ". Not enough data: " + chart.variationExplanation();
    }
    StringBuilder text =
        new StringBuilder("XmR chart of ")
            .append(span)
            .append(". Average ")
            .append(figure(chart.mean(), points))
            .append(", upper process limit ")
            .append(figure(chart.upperLimit(), points))
            .append(", lower process limit ")
            .append(figure(chart.lowerLimit(), points))
            .append(". ");
    if (chart.signals().isEmpty()) {
      text.append("No signals.");
    } else {
      text.append(chart.signals().size())
          .append(chart.signals().size() == 1 ? " signal: " : " signals: ");
      for (Signal s : chart.signals()) {
        text.append(s.rule().label()).append(", ").append(s.explanation()).append(' ');
      }
    }
    return text.toString().trim() + " " + chart.variationExplanation();
  }

  /** A computed figure, one decimal place finer than the most precise value of the series. */
  static String figure(BigDecimal value, List<XmrPoint> points) {
    int places =
        points.stream()
                .mapToInt(p -> Math.max(p.value().stripTrailingZeros().scale(), 0))
                .max()
                .orElse(0)
            + 1;
    return Numbers.plain(value.setScale(places, RoundingMode.HALF_UP));
  }
}
