package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * A test's values and targets by period, and a calculator over them: a 5% tolerance, one decimal
 * place, and ratios as percentages.
 */
abstract class CalculatorSeries {

  protected final Map<Period, Measurement> actuals = new HashMap<>();
  protected final Map<Period, BigDecimal> targets = new HashMap<>();

  protected static Period p(String label) {
    return Period.parse(label);
  }

  protected void actual(String period, String value) {
    actuals.put(p(period), Measurement.of(value));
  }

  protected void ratio(String period, String numerator, String denominator) {
    actuals.put(p(period), Measurement.ratio(numerator, denominator));
  }

  protected void target(String period, String value) {
    targets.put(p(period), new BigDecimal(value));
  }

  protected IndicatorCalculator calculator(
      PeriodType frequency, Aggregation aggregation, boolean cumulative, Polarity polarity) {
    return new IndicatorCalculator(
        new IndicatorRules(
            frequency,
            aggregation,
            cumulative,
            polarity,
            Tolerance.percent("5"),
            1,
            aggregation == Aggregation.RATIO ? BigDecimal.valueOf(100) : BigDecimal.ONE),
        actuals,
        targets);
  }
}
