package org.goldenthread.indicator;

import java.util.Map;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.period.FinancialYear;

/**
 * Indicators' figures and targets read once for a financial year and the year before it: what each
 * reports for any period of those two years (a period's figure, target and status, its year to
 * date, the previous period, the same period last year). One read serves a report's period, its
 * previous period, its charts and its exports.
 *
 * @param year the later of the two years read
 * @param calculators each indicator's calculator, by indicator id
 */
public record YearFigures(FinancialYear year, Map<Long, IndicatorCalculator> calculators) {

  public YearFigures {
    calculators = Map.copyOf(calculators);
  }

  public IndicatorCalculator calculator(Indicator indicator) {
    IndicatorCalculator calculator = calculators.get(indicator.getId());
    if (calculator == null) {
      throw new IllegalArgumentException(indicator.getCode() + "'s figures were not read");
    }
    return calculator;
  }
}
