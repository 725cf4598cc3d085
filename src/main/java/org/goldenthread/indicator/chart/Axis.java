package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Unit;

/**
 * A chart's y axis, chosen for the figures it draws (actuals and targets alike, so the target is
 * always in sight):
 *
 * <ol>
 *   <li>The range starts from the least figure and ends at the greatest; not from zero, because a
 *       percentage between 82 and 91 drawn from zero is a flat line at the top of the chart.
 *   <li>Zero joins the range when it is close: the figures all lie on one side of zero and the one
 *       nearest to it is no more than half as far from zero as the farthest (three-quarters for a
 *       count, whose size is read from zero).
 *   <li>Figures all alike get a range of a tenth of the figure either side (one either side of
 *       zero), never crossing zero and, for a percentage, never passing 100.
 *   <li>The ticks are 1, 2, 2.5 or 5 times a power of ten apart, no finer than the indicator's
 *       decimal places and with no more decimals than it; the finest such step giving at most five
 *       ticks is chosen (so 82–91 gets 80, 85, 90, 95), unless it gives only three and the step
 *       before it six. The axis runs from the tick at or below the least figure to the tick at or
 *       above the greatest.
 * </ol>
 */
record Axis(BigDecimal low, BigDecimal high, BigDecimal step, Unit unit) {

  private static final String[] FACTORS = {"1", "2", "2.5", "5"};
  private static final int MOST_TICKS = 5;

  /** An axis for plain numbers of any precision. */
  static Axis of(List<BigDecimal> figures) {
    return of(figures, Unit.NUMBER, 6);
  }

  static Axis of(List<BigDecimal> figures, Unit unit, int decimals) {
    BigDecimal min = figures.stream().min(BigDecimal::compareTo).orElseThrow();
    BigDecimal max = figures.stream().max(BigDecimal::compareTo).orElseThrow();
    if (min.compareTo(max) == 0) {
      BigDecimal pad = min.signum() == 0 ? BigDecimal.ONE : min.abs().movePointLeft(1);
      BigDecimal low = min.subtract(pad);
      BigDecimal high = max.add(pad);
      min = min.signum() >= 0 && low.signum() < 0 ? BigDecimal.ZERO : low;
      max = max.signum() <= 0 && high.signum() > 0 ? BigDecimal.ZERO : high;
      BigDecimal hundred = BigDecimal.valueOf(100);
      if (unit == Unit.PERCENT && figures.get(0).compareTo(hundred) <= 0) {
        max = max.min(hundred);
      }
    } else if (zeroIsClose(min, max, unit)) {
      min = min.min(BigDecimal.ZERO);
      max = max.max(BigDecimal.ZERO);
    }
    return withRoundTicks(min, max, unit, Math.max(0, decimals));
  }

  private static boolean zeroIsClose(BigDecimal min, BigDecimal max, Unit unit) {
    if (min.signum() < 0 && max.signum() > 0) {
      return true;
    }
    BigDecimal near = min.signum() >= 0 ? min : max.abs();
    BigDecimal far = min.signum() >= 0 ? max : min.abs();
    BigDecimal share = new BigDecimal(unit == Unit.COUNT ? "0.75" : "0.5");
    return near.compareTo(far.multiply(share)) <= 0;
  }

  private static Axis withRoundTicks(BigDecimal min, BigDecimal max, Unit unit, int decimals) {
    double span = Math.max(max.subtract(min).doubleValue(), 1e-9);
    int power = (int) Math.floor(Math.log10(span / MOST_TICKS)) - 1;
    Axis before = null;
    for (int p = Math.max(power, -decimals); ; p++) {
      for (String factor : FACTORS) {
        BigDecimal step = new BigDecimal(factor).scaleByPowerOfTen(p).stripTrailingZeros();
        if (step.scale() > decimals) {
          continue;
        }
        Axis axis = spanning(min, max, step, unit);
        int ticks = axis.ticks().size();
        if (ticks <= MOST_TICKS) {
          return ticks <= 3 && before != null && before.ticks().size() == 6 ? before : axis;
        }
        before = axis;
      }
    }
  }

  private static Axis spanning(BigDecimal min, BigDecimal max, BigDecimal step, Unit unit) {
    BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    if (low.compareTo(high) == 0) {
      high = high.add(step);
    }
    return new Axis(low, high, step, unit);
  }

  List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) {
      ticks.add(t);
    }
    return ticks;
  }

  /** Each tick's label, with the unit: "80%", "£1.2m", "1,500", "3.5 days". */
  List<String> labels() {
    return ticks().stream().map(this::label).toList();
  }

  String label(BigDecimal tick) {
    return ChartNumbers.tick(tick, step, largest(), unit);
  }

  /**
   * A tick's label without a unit in words ("8.5", not "8.5 days"), for a small chart, whose key
   * and latest value say the unit.
   */
  String shortLabel(BigDecimal tick) {
    return ChartNumbers.tick(tick, step, largest(), unit == Unit.DAYS ? Unit.NUMBER : unit);
  }

  private BigDecimal largest() {
    return low.abs().max(high.abs());
  }

  /** The widest tick label in characters. */
  int widestLabel() {
    return labels().stream().mapToInt(String::length).max().orElse(1);
  }

  /** Where a figure lies between the bottom (0) and the top (1) of the axis. */
  double share(BigDecimal figure) {
    double range = high.subtract(low).doubleValue();
    return (figure.doubleValue() - low.doubleValue()) / range;
  }
}
