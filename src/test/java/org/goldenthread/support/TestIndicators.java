package org.goldenthread.support;

import java.util.List;
import java.util.UUID;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;

/** Indicator definitions tests create for themselves, each with a code of its own. */
public final class TestIndicators {

  private TestIndicators() {}

  /**
   * A local quarterly count, higher is better, summed over longer periods, with a 10% tolerance:
   * code {@code <prefix>-XXXXXX}.
   */
  public static IndicatorForm quarterlyCount(String prefix, String title) {
    return new IndicatorForm(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
        title,
        null,
        null,
        IndicatorType.LOCAL,
        Unit.COUNT,
        Polarity.HIGHER_IS_BETTER,
        PeriodType.QUARTER,
        Aggregation.SUM,
        false,
        "0",
        "10",
        Tolerance.Kind.PERCENT,
        null,
        null,
        null,
        false,
        false,
        true,
        null,
        null,
        null,
        null,
        List.of(),
        null);
  }
}
