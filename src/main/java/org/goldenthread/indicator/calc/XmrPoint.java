package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.Objects;
import org.goldenthread.period.Period;

/** One value of an XmR series: what the period reported (or, when cumulative, contributed). */
public record XmrPoint(Period period, BigDecimal value) {

  public XmrPoint {
    Objects.requireNonNull(period, "period");
  }
}
