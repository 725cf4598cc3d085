package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.period.Period;

/**
 * The plain-English meaning of an XmR chart's signals, variation and assurance, for a council
 * officer. Computed figures are shown at one decimal place more than the most precise value of the
 * series (half up, trailing zeros dropped).
 */
final class XmrWords {

  private final int scale;
  private final XmrGeometry geometry;

  XmrWords(List<XmrPoint> points, XmrGeometry geometry) {
    this.scale = points.stream().mapToInt(p -> Math.max(p.value().scale(), 0)).max().orElse(0) + 2;
    this.geometry = geometry;
  }

  String outsideLimits(XmrPoint point, boolean above) {
    return point.period().label()
        + " ("
        + Numbers.plain(point.value())
        + ") is "
        + (above
            ? "above the upper process limit (" + figure(geometry.upperLimit())
            : "below the lower process limit (" + figure(geometry.lowerLimit()))
        + "): a value this far from the average is very unlikely to be chance.";
  }

  String shift(List<Period> periods, boolean above) {
    return span(
        periods.size()
            + " points in a row "
            + (above ? "above" : "below")
            + " the average ("
            + figure(geometry.mean())
            + ")",
        periods,
        "a shift, not chance.");
  }

  String trend(List<Period> periods, boolean rising) {
    return span(
        periods.size()
            + " points in a row, each "
            + (rising ? "higher" : "lower")
            + " than the one before",
        periods,
        "a trend, not chance.");
  }

  String twoOfThree(List<Period> periods, boolean upper) {
    return "2 of 3 points in a row close to the "
        + (upper ? "upper" : "lower")
        + " process limit (more than two thirds of the way from the average): "
        + join(periods.stream().map(Period::label).toList())
        + ". An early sign that the process has changed, not chance.";
  }

  private static String span(String what, List<Period> periods, String meaning) {
    return what
        + ", from "
        + periods.get(0).label()
        + " to "
        + periods.get(periods.size() - 1).label()
        + ": "
        + meaning;
  }

  String figure(BigDecimal value) {
    return Numbers.plain(value.setScale(scale, RoundingMode.HALF_UP));
  }

  String figure(BigDecimal value, BigDecimal beside) {
    int places = Math.max(scale, Math.max(beside.scale(), 0) + 2);
    return Numbers.plain(value.setScale(places, RoundingMode.HALF_UP));
  }

  static String join(List<String> labels) {
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }
}
