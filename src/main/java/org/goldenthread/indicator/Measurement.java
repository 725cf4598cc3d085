package org.goldenthread.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One value as collected for one period: the figure itself, or for a ratio indicator its numerator
 * and denominator (from which the figure is worked out).
 */
public record Measurement(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

  public static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_UP);

  public static Measurement of(BigDecimal value) {
    return new Measurement(value, null, null);
  }

  public static Measurement of(String value) {
    return of(new BigDecimal(value));
  }

  public static Measurement ratio(BigDecimal numerator, BigDecimal denominator) {
    return new Measurement(null, numerator, denominator);
  }

  public static Measurement ratio(String numerator, String denominator) {
    return ratio(new BigDecimal(numerator), new BigDecimal(denominator));
  }

  public boolean hasParts() {
    return numerator != null && denominator != null;
  }

  /**
   * The figure: worked out from the parts when there are both (multiplier × numerator ÷
   * denominator, none for a zero denominator), otherwise as entered.
   */
  public Optional<BigDecimal> figure(BigDecimal multiplier) {
    if (hasParts()) {
      return ratioOf(numerator, denominator, multiplier);
    }
    return Optional.ofNullable(value);
  }

  public static Optional<BigDecimal> ratioOf(
      BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier) {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(multiplier.multiply(numerator).divide(denominator, DIVISION));
  }
}
