package org.goldenthread.indicator.web;

import java.math.BigDecimal;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.commentary.CalculatedCommentary;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueState;

/**
 * One period as reported: the figure (year to date if cumulative), target, status, trends, and the
 * year-end outlook: the officer's forecast given with the value and its basis, the projection and
 * the risk to the annual target.
 */
record ValueView(
    String period,
    BigDecimal actual,
    BigDecimal target,
    Status status,
    Trend trend,
    Trend trendFromLastYear,
    ValueState state,
    boolean historic,
    String commentary,
    String remedialAction,
    Long version,
    BigDecimal forecast,
    String forecastBasis,
    BigDecimal projectedOutturn,
    OutturnRisk outturnRisk) {

  /**
   * A period as reported, with its entered value's workflow and commentary (null for none), and the
   * basis of the forecast the outlook was judged with (null for none).
   */
  static ValueView of(PeriodResult r, IndicatorValue v, Outturn o, String forecastBasis) {
    return new ValueView(
        r.period().label(),
        r.actual(),
        r.target(),
        r.status(),
        r.trendFromPrevious(),
        r.trendFromLastYear(),
        v == null ? null : v.getState(),
        v != null && v.isHistoric(),
        v == null ? null : v.getCommentary(),
        v == null ? null : v.getRemedialAction(),
        v == null ? null : v.getVersion(),
        o == null ? null : o.forecast(),
        o == null || o.forecast() == null ? null : forecastBasis,
        o == null ? null : o.projectedOutturn(),
        o == null ? null : o.risk());
  }

  /** A period of a calculated indicator: no workflow, the officer's commentary (or none). */
  static ValueView calculated(PeriodResult r, CalculatedCommentary c, Outturn o) {
    return new ValueView(
        r.period().label(),
        r.actual(),
        r.target(),
        r.status(),
        r.trendFromPrevious(),
        r.trendFromLastYear(),
        null,
        false,
        c == null ? null : c.getCommentary(),
        c == null ? null : c.getRemedialAction(),
        null,
        o.forecast(),
        null,
        o.projectedOutturn(),
        o.risk());
  }
}
