package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's XmR chart (SPEC §4a): the points it is drawn from (the latest 24 at most), its
 * mean, average moving range and process limits (null when there is not enough data), the signals
 * found, the variation of the latest point and the assurance against the latest target (null
 * without a target, a polarity or enough data), each with its meaning in words.
 */
public record XmrChart(
    List<XmrPoint> points,
    BigDecimal mean,
    BigDecimal averageMovingRange,
    BigDecimal upperLimit,
    BigDecimal lowerLimit,
    List<Signal> signals,
    Variation variation,
    String variationExplanation,
    Assurance assurance,
    String assuranceExplanation) {

  public XmrChart {
    points = List.copyOf(points);
    signals = List.copyOf(signals);
  }
}
