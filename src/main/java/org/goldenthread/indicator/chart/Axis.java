package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Numbers;

/**
 * A chart's y axis: round ticks (1, 2, 2.5 or 5 times a power of ten apart) from at or below the
 * least figure to at or above the greatest, about five of them.
 */
record Axis(BigDecimal low, BigDecimal high, BigDecimal step) {

  static Axis of(List<BigDecimal> figures) {
    BigDecimal min = figures.stream().min(BigDecimal::compareTo).orElseThrow();
    BigDecimal max = figures.stream().max(BigDecimal::compareTo).orElseThrow();
    if (min.compareTo(max) == 0) {
      BigDecimal pad = min.signum() == 0 ? BigDecimal.ONE : min.abs().movePointLeft(1);
      min = min.subtract(pad);
      max = max.add(pad);
    }
    BigDecimal step = roundStep(max.subtract(min).doubleValue() / (XmrChartSvg.TICKS - 1));
    BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    return new Axis(low, high, step);
  }

  /** 1, 2, 2.5 or 5 times a power of ten, the least at or above {@code rough}. */
  static BigDecimal roundStep(double rough) {
    int power = (int) Math.floor(Math.log10(rough));
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(power);
    for (String factor : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal step = unit.multiply(new BigDecimal(factor));
      if (step.doubleValue() >= rough - 1e-12) {
        return step.stripTrailingZeros();
      }
    }
    return unit.multiply(BigDecimal.TEN).stripTrailingZeros();
  }

  List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) {
      ticks.add(t);
    }
    return ticks;
  }

  int widestLabel() {
    return ticks().stream().mapToInt(t -> label(t).length()).max().orElse(1);
  }

  static String label(BigDecimal tick) {
    return tick.signum() == 0 ? "0" : Numbers.plain(tick);
  }
}
