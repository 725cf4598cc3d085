package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;

/**
 * Whether an indicator's annual target is at risk (SPEC §4): the officer's year-end forecast and
 * the projected outturn are each judged against the annual target with the status rule. Each has
 * words as well as a colour, so that the mark never depends on colour alone.
 */
public enum OutturnRisk {
  AT_RISK(
      "Target at risk", "The forecast or the projection would miss the target beyond tolerance"),
  WATCH("Watch", "The forecast or the projection would miss the target within tolerance"),
  NONE("Not at risk", "Neither the forecast nor the projection would miss the target");

  private final String label;
  private final String meaning;

  OutturnRisk(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  /**
   * At risk when either figure would be Red against the annual target, watch when either would be
   * Amber and neither Red, otherwise none. A missing figure is not judged; with no annual target or
   * no polarity (data only) there is nothing to judge, so none. Figures are compared exactly,
   * unrounded, so a figure on the edge of the tolerance band is Amber (watch).
   */
  public static OutturnRisk of(
      BigDecimal forecast,
      BigDecimal projection,
      BigDecimal annualTarget,
      Polarity polarity,
      Tolerance tolerance) {
    Status forecastStatus = Judgement.status(forecast, annualTarget, polarity, tolerance);
    Status projectionStatus = Judgement.status(projection, annualTarget, polarity, tolerance);
    if (forecastStatus == Status.RED || projectionStatus == Status.RED) {
      return AT_RISK;
    }
    if (forecastStatus == Status.AMBER || projectionStatus == Status.AMBER) {
      return WATCH;
    }
    return NONE;
  }
}
