package org.goldenthread.indicator.chart;

import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.IndicatorRules;

/**
 * What a chart needs to know about an indicator's figures: their unit and decimal places (for the
 * axis and the labels), and which way is better with what tolerance (for the amber band beside the
 * target).
 */
public record Measure(Unit unit, int decimals, Polarity polarity, Tolerance tolerance) {

  /** Plain numbers as entered (decimals -1), no side better than the other: no amber band. */
  public static final Measure PLAIN = new Measure(Unit.NUMBER, -1, Polarity.NONE, Tolerance.NONE);

  public Measure {
    tolerance = tolerance == null ? Tolerance.NONE : tolerance;
    polarity = polarity == null ? Polarity.NONE : polarity;
  }

  /** The indicator's measure, with the tolerance its calculator judges by. */
  public static Measure of(Indicator indicator, IndicatorCalculator calculator) {
    return of(indicator, calculator.rules());
  }

  /** The indicator's measure, with its own tolerance or else the council's default. */
  public static Measure of(Indicator indicator, Tolerance councilDefault) {
    return of(indicator, indicator.rules(councilDefault));
  }

  private static Measure of(Indicator indicator, IndicatorRules rules) {
    return new Measure(
        indicator.getUnit(), rules.decimalPlaces(), rules.polarity(), rules.tolerance());
  }

  /** Whether an amber band can be drawn: a side is better, and some tolerance is allowed. */
  boolean hasBand() {
    return polarity != Polarity.NONE && tolerance.amount().signum() > 0;
  }
}
