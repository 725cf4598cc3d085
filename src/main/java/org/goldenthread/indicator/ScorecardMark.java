package org.goldenthread.indicator;

import java.util.List;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Signal;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.indicator.calc.XmrCalculator;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.calc.XmrPoint;

/**
 * One indicator's early-warning marks at the period a scorecard shows: its year-end outlook (the
 * risk to the annual target) and its XmR variation and assurance, each with a short meaning in
 * words and a shape, so that no mark rests on colour alone. The chart's full explanations stay on
 * it.
 *
 * @param outturn the projection, the officer's forecast and the risk to the annual target
 * @param forecastBasis what the officer's forecast rests on, in their words; null without one
 * @param chart the XmR chart as it stood at the period
 * @param said the words of a kept mark; null for one worked out from its chart
 */
public record ScorecardMark(Outturn outturn, String forecastBasis, XmrChart chart, Said said) {

  /**
   * The variation and assurance in words as they were worked out when the mark was kept ({@code
   * kept_figure}): a kept mark's chart holds its verdicts and explanations but not its points.
   */
  public record Said(String variation, String assurance) {}

  /** A mark worked out from its chart. */
  public ScorecardMark(Outturn outturn, String forecastBasis, XmrChart chart) {
    this(outturn, forecastBasis, chart, null);
  }

  public OutturnRisk risk() {
    return outturn.risk();
  }

  /** Target at risk or on watch: worth showing both figures. */
  public boolean flagged() {
    return outturn.risk() != OutturnRisk.NONE;
  }

  public Variation variation() {
    return chart.variation();
  }

  public Assurance assurance() {
    return chart.assurance();
  }

  /** The risk's shape: a warning sign at risk, a half-filled circle on watch, none otherwise. */
  public static String symbol(OutturnRisk risk) {
    return switch (risk) {
      case AT_RISK -> "⚠";
      case WATCH -> "◐";
      case NONE -> "–";
    };
  }

  /** The GOV.UK tag colour that repeats the risk's words. */
  public static String colour(OutturnRisk risk) {
    return switch (risk) {
      case AT_RISK -> "red";
      case WATCH -> "yellow";
      case NONE -> "grey";
    };
  }

  /** The variation's shape: its meaning is always in words beside it. */
  public static String symbol(Variation v) {
    return switch (v) {
      case SPECIAL_CAUSE_IMPROVING -> "⇑";
      case SPECIAL_CAUSE_CONCERNING -> "⇓";
      case SPECIAL_CAUSE_HIGH -> "⤒";
      case SPECIAL_CAUSE_LOW -> "⤓";
      case COMMON_CAUSE -> "∿";
      case NOT_ENOUGH_DATA -> "…";
    };
  }

  public static String colour(Variation v) {
    return switch (v) {
      case SPECIAL_CAUSE_IMPROVING -> "blue";
      case SPECIAL_CAUSE_CONCERNING -> "orange";
      case SPECIAL_CAUSE_HIGH, SPECIAL_CAUSE_LOW -> "purple";
      case COMMON_CAUSE, NOT_ENOUGH_DATA -> "grey";
    };
  }

  public static String symbol(Assurance a) {
    return switch (a) {
      case CONSISTENTLY_PASSING -> "Ⓟ";
      case CONSISTENTLY_FAILING -> "Ⓕ";
      case HIT_AND_MISS -> "≈";
    };
  }

  public static String colour(Assurance a) {
    return switch (a) {
      case CONSISTENTLY_PASSING -> "blue";
      case CONSISTENTLY_FAILING -> "orange";
      case HIT_AND_MISS -> "grey";
    };
  }

  /** "Special cause – concerning", "Common cause", "Not enough data". */
  public static String label(Variation v) {
    return switch (v) {
      case SPECIAL_CAUSE_IMPROVING -> "Special cause – improving";
      case SPECIAL_CAUSE_CONCERNING -> "Special cause – concerning";
      case SPECIAL_CAUSE_HIGH -> "Special cause – high";
      case SPECIAL_CAUSE_LOW -> "Special cause – low";
      case COMMON_CAUSE -> "Common cause";
      case NOT_ENOUGH_DATA -> "Not enough data";
    };
  }

  /**
   * The variation in a few words: "Special cause – concerning: 7 points in a row below the
   * average", "Common cause: within the process limits, no signal", "Not enough data: 5 values, 12
   * needed".
   */
  public String variationWords() {
    if (said != null) {
      return said.variation();
    }
    Variation v = chart.variation();
    return label(v) + ": " + variationReason();
  }

  private String variationReason() {
    List<XmrPoint> points = chart.points();
    return switch (chart.variation()) {
      case NOT_ENOUGH_DATA ->
          points.size()
              + (points.size() == 1 ? " value, " : " values, ")
              + XmrCalculator.MINIMUM_POINTS
              + " needed";
      case COMMON_CAUSE -> "within the process limits, no signal";
      default -> {
        XmrPoint latest = points.get(points.size() - 1);
        List<String> why =
            chart.signals().stream()
                .filter(s -> s.covers(latest.period()))
                .map(s -> reason(s, latest))
                .distinct()
                .toList();
        yield String.join("; ", why);
      }
    };
  }

  private String reason(Signal s, XmrPoint latest) {
    boolean above = latest.value().compareTo(chart.mean()) > 0;
    int n = s.periods().size();
    return switch (s.rule()) {
      case OUTSIDE_LIMITS ->
          above ? "above the upper process limit" : "below the lower process limit";
      case SHIFT -> n + " points in a row " + (above ? "above" : "below") + " the average";
      case TREND -> {
        List<XmrPoint> points = chart.points();
        boolean rising =
            points.size() > 1
                && latest.value().compareTo(points.get(points.size() - 2).value()) > 0;
        yield n + " points in a row, each " + (rising ? "higher" : "lower") + " than the last";
      }
      case TWO_OF_THREE ->
          "2 of 3 points close to the " + (above ? "upper" : "lower") + " process limit";
    };
  }

  /**
   * The assurance in a few words: "Hit and miss: the target lies within the process limits"; for
   * none, why ("No assurance: the latest period has no target"); null when there is not enough
   * data, which the variation already says.
   */
  public String assuranceWords() {
    if (said != null) {
      return said.assurance();
    }
    Assurance a = chart.assurance();
    if (a == null) {
      if (chart.variation() == Variation.NOT_ENOUGH_DATA) {
        return null;
      }
      // The chart says why in words already: "No assurance: the latest period has no target."
      String why = chart.assuranceExplanation();
      return why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
    }
    return switch (a) {
      case CONSISTENTLY_PASSING ->
          "Consistently passing: the target will be met every period if nothing changes";
      case CONSISTENTLY_FAILING ->
          "Consistently failing: the target will be missed every period if nothing changes";
      case HIT_AND_MISS -> "Hit and miss: the target lies within the process limits";
    };
  }
}
