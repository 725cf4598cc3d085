package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.period.PeriodType;

/**
 * What the calculations need to know about an indicator: how often it is collected, how values
 * combine, whether it reports year to date, which way is better, its tolerance, its decimal places,
 * and (for a ratio) what the ratio is multiplied by: 100 for a percentage.
 */
public record IndicatorRules(
    PeriodType frequency,
    Aggregation aggregation,
    boolean cumulative,
    Polarity polarity,
    Tolerance tolerance,
    int decimalPlaces,
    BigDecimal ratioMultiplier) {

  public IndicatorRules {
    if (frequency == null || aggregation == null || polarity == null) {
      throw new IllegalArgumentException(
          "An indicator needs a frequency, aggregation and polarity");
    }
    if (decimalPlaces < 0 || decimalPlaces > 6) {
      throw new IllegalArgumentException("Decimal places must be from 0 to 6");
    }
    tolerance = tolerance == null ? Tolerance.NONE : tolerance;
    ratioMultiplier = ratioMultiplier == null ? BigDecimal.ONE : ratioMultiplier;
  }
}
