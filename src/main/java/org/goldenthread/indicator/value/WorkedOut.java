package org.goldenthread.indicator.value;

import java.math.BigDecimal;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Numbers;

/**
 * The figure a ratio indicator's numerator and denominator make, as the entry form shows it before
 * the value is submitted: worked out by the same {@link Measurement} the calculations use, and
 * shown rounded and with its unit as everywhere else ("Worked out: 87.5% (350 ÷ 400)").
 */
final class WorkedOut {

  private WorkedOut() {}

  static String sentence(
      Indicator indicator, Figures figures, String numerator, String denominator) {
    BigDecimal top = number(numerator);
    BigDecimal bottom = number(denominator);
    String why;
    if (blank(numerator) || blank(denominator)) {
      why = "enter the numerator and the denominator";
    } else if (top == null || bottom == null) {
      why = "the " + (top == null ? "numerator" : "denominator") + " is not a number";
    } else if (bottom.signum() == 0) {
      why = "the denominator is 0, so there is no figure";
    } else {
      BigDecimal figure =
          Measurement.ratio(top, bottom)
              .figure(indicator.getUnit().ratioMultiplier())
              .orElseThrow();
      return "Worked out: "
          + figures.of(indicator, figure)
          + " ("
          + figures.plain(top)
          + " ÷ "
          + figures.plain(bottom)
          + ")";
    }
    return "Worked out: — (" + why + ")";
  }

  private static BigDecimal number(String text) {
    return blank(text) || !text.strip().matches(Numbers.PATTERN) ? null : Numbers.parse(text);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
