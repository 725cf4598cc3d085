package org.goldenthread.indicator;

import java.math.BigDecimal;

/**
 * How far a value may miss its target and still be amber: a percentage of the target, or an
 * absolute amount in the indicator's unit.
 */
public record Tolerance(BigDecimal amount, Kind kind) {

  public enum Kind {
    PERCENT("Percentage of the target"),
    ABSOLUTE("Absolute amount");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, Kind.ABSOLUTE);

  public Tolerance {
    if (amount == null || kind == null) {
      throw new IllegalArgumentException("A tolerance needs an amount and a kind");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("A tolerance cannot be negative");
    }
  }

  public static Tolerance percent(String amount) {
    return new Tolerance(new BigDecimal(amount), Kind.PERCENT);
  }

  public static Tolerance absolute(String amount) {
    return new Tolerance(new BigDecimal(amount), Kind.ABSOLUTE);
  }

  /**
   * The amber band around a target: tolerance × |target| / 100 for a percentage (so a zero target
   * has no band), or the amount itself.
   */
  public BigDecimal band(BigDecimal target) {
    return kind == Kind.PERCENT ? amount.multiply(target.abs()).movePointLeft(2) : amount;
  }
}
