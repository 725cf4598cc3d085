package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Where a figure lies against an XmR chart's mean and limits, decided exactly. With n points, sum S
 * and moving ranges summing to R, a figure x is compared through D = (n·x − S)·(n − 1) against L =
 * 2.66·n·R: x is above the upper limit when D > L, below the lower one when D < −L, beyond two
 * thirds of the way to a limit when 3D > 2L (or 3D < −2L), on the mean when D = 0. Every term is an
 * exact decimal, so a point is never put on the wrong side of a line by rounding; only the figures
 * shown (mean, limits) are divided, each once, in {@link MathContext#DECIMAL64}.
 */
final class XmrGeometry {

  static final BigDecimal SCALING_FACTOR = new BigDecimal("2.66");

  private final BigDecimal n;
  private final BigDecimal gaps;
  private final BigDecimal sum;
  private final BigDecimal rangeSum;
  private final BigDecimal limit;

  XmrGeometry(List<BigDecimal> values) {
    if (values.size() < 2) {
      throw new IllegalArgumentException("An XmR chart needs at least two values");
    }
    this.n = BigDecimal.valueOf(values.size());
    this.gaps = BigDecimal.valueOf(values.size() - 1L);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal ranges = BigDecimal.ZERO;
    for (int i = 0; i < values.size(); i++) {
      total = total.add(values.get(i));
      if (i > 0) {
        ranges = ranges.add(values.get(i).subtract(values.get(i - 1)).abs());
      }
    }
    this.sum = total;
    this.rangeSum = ranges;
    this.limit = SCALING_FACTOR.multiply(n).multiply(rangeSum);
  }

  BigDecimal mean() {
    return sum.divide(n, MathContext.DECIMAL64);
  }

  BigDecimal averageMovingRange() {
    return rangeSum.divide(gaps, MathContext.DECIMAL64);
  }

  BigDecimal upperLimit() {
    return sum.multiply(gaps).add(limit).divide(n.multiply(gaps), MathContext.DECIMAL64);
  }

  BigDecimal lowerLimit() {
    return sum.multiply(gaps).subtract(limit).divide(n.multiply(gaps), MathContext.DECIMAL64);
  }

  /** 1 above the mean, −1 below it, 0 exactly on it. */
  int side(BigDecimal x) {
    return deviation(x).signum();
  }

  boolean aboveUpper(BigDecimal x) {
    return deviation(x).compareTo(limit) > 0;
  }

  boolean belowLower(BigDecimal x) {
    return deviation(x).compareTo(limit.negate()) < 0;
  }

  boolean atOrAboveUpper(BigDecimal x) {
    return deviation(x).compareTo(limit) >= 0;
  }

  boolean atOrBelowLower(BigDecimal x) {
    return deviation(x).compareTo(limit.negate()) <= 0;
  }

  /** Strictly beyond two thirds of the way from the mean to the limit on the given side. */
  boolean beyondTwoThirds(BigDecimal x, int side) {
    BigDecimal threeD = deviation(x).multiply(BigDecimal.valueOf(3L * side));
    return threeD.compareTo(limit.add(limit)) > 0;
  }

  private BigDecimal deviation(BigDecimal x) {
    return x.multiply(n).subtract(sum).multiply(gaps);
  }
}
