package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Trend;

/** The status and trend rules of SPEC §4, exactly. Values are compared as entered, unrounded. */
public final class Judgement {

  private Judgement() {}

  /**
   * A value's status against its target. No actual: no data. No target, or no polarity: data only.
   * Otherwise green when the target is met or bettered, amber when missed by no more than the
   * tolerance band (a value on the band's edge is amber), red beyond it.
   */
  public static Status status(
      BigDecimal actual, BigDecimal target, Polarity polarity, Tolerance tolerance) {
    if (actual == null) {
      return Status.NO_DATA;
    }
    if (target == null || polarity == Polarity.NONE) {
      return Status.DATA_ONLY;
    }
    BigDecimal band = (tolerance == null ? Tolerance.NONE : tolerance).band(target);
    if (polarity == Polarity.HIGHER_IS_BETTER) {
      if (actual.compareTo(target) >= 0) {
        return Status.GREEN;
      }
      return actual.compareTo(target.subtract(band)) >= 0 ? Status.AMBER : Status.RED;
    }
    if (actual.compareTo(target) <= 0) {
      return Status.GREEN;
    }
    return actual.compareTo(target.add(band)) <= 0 ? Status.AMBER : Status.RED;
  }

  /**
   * The direction from an earlier value to a later one: stable when the two are equal at the
   * indicator's decimal places; none when either is missing or there is no polarity.
   */
  public static Optional<Trend> trend(
      BigDecimal current, BigDecimal earlier, Polarity polarity, int decimalPlaces) {
    if (current == null || earlier == null || polarity == Polarity.NONE) {
      return Optional.empty();
    }
    int difference =
        current
            .setScale(decimalPlaces, RoundingMode.HALF_UP)
            .compareTo(earlier.setScale(decimalPlaces, RoundingMode.HALF_UP));
    if (difference == 0) {
      return Optional.of(Trend.STABLE);
    }
    boolean higher = difference > 0;
    boolean better = polarity == Polarity.HIGHER_IS_BETTER ? higher : !higher;
    return Optional.of(better ? Trend.IMPROVING : Trend.WORSENING);
  }
}
