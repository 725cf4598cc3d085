package org.goldenthread.indicator.calc;

import java.math.BigDecimal;

/**
 * An indicator's year-end outlook at one period: the projected outturn (exact, unrounded; round it
 * to the indicator's decimal places only to show it), how it was worked out, the officer's
 * forecast, the annual target both are judged against, and the risk to that target. Any figure and
 * the basis may be empty (null); the risk never is.
 */
public record Outturn(
    BigDecimal projectedOutturn,
    OutturnBasis basis,
    BigDecimal forecast,
    BigDecimal annualTarget,
    OutturnRisk risk) {

  public Outturn {
    if (risk == null) {
      throw new IllegalArgumentException("An outturn needs a risk, if only none");
    }
  }
}
