package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.goldenthread.indicator.Polarity;

/**
 * An indicator's XmR chart (individuals and moving range), exactly as SPEC §4a says. The caller
 * supplies the series in period order: the values at the collection frequency, for a cumulative
 * indicator what each period contributed. Readings chosen where the SPEC is silent:
 *
 * <ul>
 *   <li>Points without a value are skipped (a missing period) before the latest 24 are kept. A
 *       series out of period order, or with a period twice, is refused.
 *   <li>The lower limit is not clipped at zero: it is mean − 2.66 × mR̄ whatever the unit.
 *   <li>All values equal: mR̄ = 0, both limits equal the mean, every point is on the mean, so no
 *       run, trend or point beyond a limit.
 *   <li>Variation: special cause when any signal names the latest point; high or low by the side of
 *       the mean the latest point is on (a falling trend that ends above the mean is high); a
 *       latest point exactly on the mean takes the direction of the trend that names it. Improving
 *       is high for higher is better and low for lower is better; concerning the opposite.
 *   <li>Assurance: none without a target, a polarity or enough data for limits. Higher is better:
 *       passing when target ≤ lower limit, failing when target > upper limit; lower is better:
 *       passing when target ≥ upper limit, failing when target < lower limit; otherwise hit and
 *       miss. Compared exactly, not against the rounded limits.
 * </ul>
 *
 * See {@link XmrSignals} for the rules' readings and {@link XmrGeometry} for the arithmetic.
 */
public final class XmrCalculator {

  /** The most points a chart is drawn from; earlier ones are dropped. */
  public static final int MAXIMUM_POINTS = 24;

  /** The fewest points a chart has limits and signals with. */
  public static final int MINIMUM_POINTS = 12;

  private XmrCalculator() {}

  public static XmrChart chart(List<XmrPoint> series, Polarity polarity, BigDecimal latestTarget) {
    Objects.requireNonNull(polarity, "polarity");
    List<XmrPoint> points = latest(series);
    if (points.size() < MINIMUM_POINTS) {
      return new XmrChart(
          points,
          null,
          null,
          null,
          null,
          List.of(),
          Variation.NOT_ENOUGH_DATA,
          XmrVerdicts.notEnoughData(points.size()),
          null,
          XmrVerdicts.noAssurance(points.size(), polarity, latestTarget));
    }
    XmrGeometry geometry = new XmrGeometry(points.stream().map(XmrPoint::value).toList());
    XmrWords words = new XmrWords(points, geometry);
    List<Signal> signals = new XmrSignals(points, geometry, words).find();
    XmrVerdicts verdicts = new XmrVerdicts(points, geometry, words, polarity);
    Variation variation = verdicts.variation(signals);
    Assurance assurance = verdicts.assurance(latestTarget);
    return new XmrChart(
        points,
        geometry.mean(),
        geometry.averageMovingRange(),
        geometry.upperLimit(),
        geometry.lowerLimit(),
        signals,
        variation,
        verdicts.explain(variation, signals),
        assurance,
        assurance == null
            ? XmrVerdicts.noAssurance(points.size(), polarity, latestTarget)
            : verdicts.explain(assurance, latestTarget));
  }

  private static List<XmrPoint> latest(List<XmrPoint> series) {
    List<XmrPoint> present = series.stream().filter(p -> p.value() != null).toList();
    for (int i = 1; i < present.size(); i++) {
      if (present.get(i).period().compareTo(present.get(i - 1).period()) <= 0) {
        throw new IllegalArgumentException(
            "An XmR series must be in period order: "
                + present.get(i).period()
                + " follows "
                + present.get(i - 1).period());
      }
    }
    return present.subList(Math.max(0, present.size() - MAXIMUM_POINTS), present.size());
  }
}
