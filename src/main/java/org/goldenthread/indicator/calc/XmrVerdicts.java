package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.indicator.Polarity;

/** The variation of a chart's latest point and the assurance against its latest target. */
final class XmrVerdicts {

  private final XmrPoint latest;
  private final XmrPoint previous;
  private final XmrGeometry geometry;
  private final XmrWords words;
  private final Polarity polarity;

  XmrVerdicts(List<XmrPoint> points, XmrGeometry geometry, XmrWords words, Polarity polarity) {
    this.latest = points.get(points.size() - 1);
    this.previous = points.get(points.size() - 2);
    this.geometry = geometry;
    this.words = words;
    this.polarity = polarity;
  }

  Variation variation(List<Signal> signals) {
    List<Signal> covering = covering(signals);
    if (covering.isEmpty()) {
      return Variation.COMMON_CAUSE;
    }
    boolean high = high(covering);
    return switch (polarity) {
      case HIGHER_IS_BETTER ->
          high ? Variation.SPECIAL_CAUSE_IMPROVING : Variation.SPECIAL_CAUSE_CONCERNING;
      case LOWER_IS_BETTER ->
          high ? Variation.SPECIAL_CAUSE_CONCERNING : Variation.SPECIAL_CAUSE_IMPROVING;
      case NONE -> high ? Variation.SPECIAL_CAUSE_HIGH : Variation.SPECIAL_CAUSE_LOW;
    };
  }

  private List<Signal> covering(List<Signal> signals) {
    return signals.stream().filter(s -> s.covers(latest.period())).toList();
  }

  /**
   * Which way the signal on the latest point goes. A point beyond a limit, a shift or two of three
   * near a limit lie on one side of the mean, which says it. A trend says it by its direction: a
   * falling trend is heading down even while it is still above the mean, so when only trends cover
   * the latest point (and on the mean, where only a trend can name a point), the last step decides.
   */
  private boolean high(List<Signal> covering) {
    int side = geometry.side(latest.value());
    boolean onlyTrends = covering.stream().allMatch(s -> s.rule() == SignalRule.TREND);
    if (side == 0 || onlyTrends) {
      return latest.value().compareTo(previous.value()) > 0;
    }
    return side > 0;
  }

  Assurance assurance(BigDecimal target) {
    if (target == null || polarity == Polarity.NONE) {
      return null;
    }
    boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
    if (higherIsBetter ? geometry.atOrBelowLower(target) : geometry.atOrAboveUpper(target)) {
      return Assurance.CONSISTENTLY_PASSING;
    }
    if (higherIsBetter ? geometry.aboveUpper(target) : geometry.belowLower(target)) {
      return Assurance.CONSISTENTLY_FAILING;
    }
    return Assurance.HIT_AND_MISS;
  }

  String explain(Variation variation, List<Signal> signals) {
    String point = "The latest value, " + latest.period().label() + ",";
    if (variation == Variation.COMMON_CAUSE) {
      return point
          + " shows common cause variation: it lies within the ups and downs the process"
          + " gives by chance, and no signal covers it.";
    }
    String rules =
        XmrWords.join(covering(signals).stream().map(s -> s.rule().label().toLowerCase()).toList());
    String meaning =
        switch (variation) {
          case SPECIAL_CAUSE_IMPROVING -> "performance has changed for the better";
          case SPECIAL_CAUSE_CONCERNING -> "performance has changed for the worse";
          case SPECIAL_CAUSE_HIGH -> "the process is running higher than usual";
          default -> "the process is running lower than usual";
        };
    return point
        + " shows special cause variation ("
        + rules
        + "): "
        + meaning
        + ", and it is not chance. Look for the cause.";
  }

  String explain(Assurance assurance, BigDecimal target) {
    String shown = "The target (" + Numbers.plain(target) + ")";
    String lower = words.figure(geometry.lowerLimit(), target);
    String upper = words.figure(geometry.upperLimit(), target);
    boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
    return switch (assurance) {
      case CONSISTENTLY_PASSING ->
          shown
              + (higherIsBetter
                  ? " is at or below the lower process limit (" + lower + ")"
                  : " is at or above the upper process limit (" + upper + ")")
              + ": if nothing changes, it will be met every period.";
      case CONSISTENTLY_FAILING ->
          shown
              + (higherIsBetter
                  ? " is above the upper process limit (" + upper + ")"
                  : " is below the lower process limit (" + lower + ")")
              + ": if nothing changes, it will be missed every period; the way the service is"
              + " run must change to meet it.";
      case HIT_AND_MISS ->
          shown
              + " lies between the process limits ("
              + lower
              + " and "
              + upper
              + "): it will be met in some periods and missed in others, by chance alone.";
    };
  }

  static String notEnoughData(int count) {
    return "Only "
        + count
        + (count == 1 ? " value" : " values")
        + " so far: a chart needs at least "
        + XmrCalculator.MINIMUM_POINTS
        + " before its limits and signals mean anything.";
  }

  static String noAssurance(int count, Polarity polarity, BigDecimal target) {
    if (polarity == Polarity.NONE) {
      return "No assurance: the indicator is data only, with no better direction.";
    }
    if (target == null) {
      return "No assurance: the latest period has no target.";
    }
    return "No assurance yet: " + count + " of " + XmrCalculator.MINIMUM_POINTS + " values needed.";
  }
}
