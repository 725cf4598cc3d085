package org.goldenthread.indicator.calc;

import java.math.BigDecimal;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;

/**
 * The projected outturn and the risk to the annual target (SPEC §4 Forecast), exactly.
 *
 * <p>For a {@code sum} indicator the total so far is divided by the share of the year gone: the
 * year-to-date target over the annual target when targets are profiled and both are above zero,
 * otherwise the periods reported over the periods in the year. For any other aggregation the
 * projection is the year-to-date figure as it stands (for a ratio, the ratio of the summed
 * numerators and denominators). No projection without a value this year or without an annual
 * target. Readings chosen where the SPEC is silent:
 *
 * <ul>
 *   <li>Once the year's last period is reached the year is over, and the outturn is the
 *       year-to-date figure, whatever the profile or any missing value (basis {@code YEAR_END}).
 *   <li>A profile share needs the annual target above zero as well: a zero or negative annual
 *       target gives no share of the year, so the periods basis is used (and the projection is
 *       still judged against that target).
 *   <li>Dividing by the share is done as total × annual ÷ year-to-date target, or total × periods
 *       in the year ÷ periods reported, to {@link Measurement#DIVISION} (20 significant digits,
 *       half up). The projection is kept unrounded and judged unrounded; it is rounded to the
 *       indicator's decimal places only when shown, as every other figure is.
 * </ul>
 */
final class OutturnProjection {

  private OutturnProjection() {}

  /**
   * What the year has reported so far, up to and including the period asked about.
   *
   * @param figure the total so far for a sum, otherwise the year-to-date figure; null before the
   *     year's first value
   * @param periodsReported how many of the year's periods, at the indicator's collection frequency,
   *     from April to the period asked, have a value
   * @param periodsInYear how many such periods make up the whole year (12, 4, 2 or 1)
   * @param profiledTarget the year-to-date target when the year's targets are profiled, else null
   * @param yearOver whether the period asked ends the financial year
   */
  record YearSoFar(
      BigDecimal figure,
      int periodsReported,
      int periodsInYear,
      BigDecimal profiledTarget,
      boolean yearOver) {}

  static Outturn outturn(
      Aggregation aggregation,
      Polarity polarity,
      Tolerance tolerance,
      YearSoFar soFar,
      BigDecimal annualTarget,
      BigDecimal forecast) {
    OutturnBasis basis = basis(aggregation, soFar, annualTarget);
    BigDecimal projection = basis == null ? null : projection(basis, soFar, annualTarget);
    return new Outturn(
        projection,
        basis,
        forecast,
        annualTarget,
        OutturnRisk.of(forecast, projection, annualTarget, polarity, tolerance));
  }

  static OutturnBasis basis(Aggregation aggregation, YearSoFar soFar, BigDecimal annualTarget) {
    if (annualTarget == null || soFar == null || soFar.figure() == null) {
      return null;
    }
    if (soFar.yearOver()) {
      return OutturnBasis.YEAR_END;
    }
    if (aggregation != Aggregation.SUM) {
      return OutturnBasis.YEAR_TO_DATE;
    }
    if (soFar.profiledTarget() != null
        && soFar.profiledTarget().signum() > 0
        && annualTarget.signum() > 0) {
      return OutturnBasis.PROFILED_TARGET;
    }
    return soFar.periodsReported() > 0 ? OutturnBasis.PERIODS_REPORTED : null;
  }

  private static BigDecimal projection(
      OutturnBasis basis, YearSoFar soFar, BigDecimal annualTarget) {
    BigDecimal total = soFar.figure();
    return switch (basis) {
      case YEAR_END, YEAR_TO_DATE -> total;
      case PROFILED_TARGET ->
          total.multiply(annualTarget).divide(soFar.profiledTarget(), Measurement.DIVISION);
      case PERIODS_REPORTED ->
          total
              .multiply(BigDecimal.valueOf(soFar.periodsInYear()))
              .divide(BigDecimal.valueOf(soFar.periodsReported()), Measurement.DIVISION);
    };
  }
}
