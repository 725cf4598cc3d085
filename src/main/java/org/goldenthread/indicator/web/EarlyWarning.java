package org.goldenthread.indicator.web;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.Signal;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.value.OutturnWords;
import org.goldenthread.period.Period;

/**
 * What the indicator page's "Outturn and early warning" section shows: the year-end outlook at the
 * latest period (the officer's forecast and its basis, the projection and how it was made, the
 * annual target, the risk in words) and the XmR chart with its marks, signals and table.
 */
public record EarlyWarning(
    Polarity polarity,
    Period period,
    Outturn outturn,
    String forecastBasis,
    XmrChart chart,
    String svg,
    List<Row> rows) {

  /** One point of the chart as the table lists it: the figure, its target, the signals on it. */
  public record Row(Period period, BigDecimal value, BigDecimal target, List<Signal> signals) {}

  public String verdict() {
    return OutturnWords.verdict(polarity, outturn);
  }

  public String verdictSymbol() {
    return OutturnWords.symbol(polarity, outturn);
  }

  public String verdictColour() {
    return OutturnWords.colour(polarity, outturn);
  }

  public String verdictMeaning() {
    return OutturnWords.meaning(polarity, outturn);
  }

  public boolean enoughData() {
    return chart.mean() != null;
  }

  public XmrMarks variation() {
    return XmrMarks.of(chart.variation());
  }

  public XmrMarks assurance() {
    return XmrMarks.of(chart.assurance());
  }
}
