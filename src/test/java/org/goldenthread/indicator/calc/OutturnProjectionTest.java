package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.junit.jupiter.api.Test;

class OutturnProjectionTest {

  private static BigDecimal d(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static OutturnProjection.YearSoFar soFar(
      String figure, int reported, int inYear, String profiledTarget) {
    return new OutturnProjection.YearSoFar(d(figure), reported, inYear, d(profiledTarget), false);
  }

  private static Outturn sum(OutturnProjection.YearSoFar soFar, String annual) {
    return OutturnProjection.outturn(
        Aggregation.SUM, Polarity.HIGHER_IS_BETTER, Tolerance.percent("5"), soFar, d(annual), null);
  }

  @Test
  void aTotalIsScaledByThePeriodsReportedWhenTargetsAreNotProfiled() {
    Outturn outturn = sum(soFar("30", 1, 4, null), "100");
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("120");
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.PERIODS_REPORTED);
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void aTotalIsScaledByTheProfiledTargetsShareOfTheAnnualTarget() {
    Outturn outturn = sum(soFar("30", 1, 4, "20"), "100");
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("150");
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.PROFILED_TARGET);
  }

  @Test
  void aZeroOrNegativeYearToDateTargetFallsBackToThePeriodsReported() {
    assertThat(sum(soFar("30", 1, 4, "0"), "100").basis()).isEqualTo(OutturnBasis.PERIODS_REPORTED);
    assertThat(sum(soFar("30", 1, 4, "-5"), "100").projectedOutturn()).isEqualByComparingTo("120");
  }

  @Test
  void aZeroAnnualTargetStillHasAProjectionByThePeriodsReportedJudgedAgainstZero() {
    Outturn outturn = sum(soFar("-3", 3, 12, "5"), "0");
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.PERIODS_REPORTED);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("-12");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void noProjectionWithoutAnAnnualTarget() {
    Outturn outturn = sum(soFar("30", 1, 4, "20"), null);
    assertThat(outturn.projectedOutturn()).isNull();
    assertThat(outturn.basis()).isNull();
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void noProjectionBeforeTheYearsFirstValueButTheForecastIsStillJudged() {
    Outturn outturn =
        OutturnProjection.outturn(
            Aggregation.SUM,
            Polarity.HIGHER_IS_BETTER,
            Tolerance.percent("5"),
            soFar(null, 0, 12, null),
            d("100"),
            d("50"));
    assertThat(outturn.projectedOutturn()).isNull();
    assertThat(outturn.forecast()).isEqualByComparingTo("50");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void theYearsLastPeriodProjectsTheYearToDateWhateverTheProfile() {
    OutturnProjection.YearSoFar yearOver =
        new OutturnProjection.YearSoFar(d("90"), 3, 4, d("80"), true);
    Outturn outturn = sum(yearOver, "100");
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("90");
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.YEAR_END);
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void everyOtherAggregationProjectsTheYearToDateFigureAsItStands() {
    for (Aggregation aggregation :
        new Aggregation[] {
          Aggregation.AVERAGE, Aggregation.LAST, Aggregation.MIN, Aggregation.MAX, Aggregation.RATIO
        }) {
      Outturn outturn =
          OutturnProjection.outturn(
              aggregation,
              Polarity.LOWER_IS_BETTER,
              Tolerance.percent("5"),
              soFar("30", 1, 4, "20"),
              d("25"),
              null);
      assertThat(outturn.projectedOutturn()).isEqualByComparingTo("30");
      assertThat(outturn.basis()).isEqualTo(OutturnBasis.YEAR_TO_DATE);
      assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
    }
  }

  @Test
  void theProjectionIsKeptToTwentySignificantDigitsUnrounded() {
    Outturn outturn = sum(soFar("100", 7, 12, null), "100");
    assertThat(outturn.projectedOutturn()).isEqualTo(new BigDecimal("171.42857142857142857"));
  }
}
