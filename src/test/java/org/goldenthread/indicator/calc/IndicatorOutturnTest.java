package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.period.PeriodType;
import org.junit.jupiter.api.Test;

class IndicatorOutturnTest extends CalculatorSeries {

  private IndicatorCalculator monthlySum(Polarity polarity) {
    return calculator(PeriodType.MONTH, Aggregation.SUM, false, polarity);
  }

  private IndicatorCalculator quarterlySum() {
    return calculator(PeriodType.QUARTER, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void aMonthlyTotalAskedAtAQuarterIsScaledByTheMonthsReported() {
    target("2025/26", "100");
    actual("2025/26 M01", "10");
    actual("2025/26 M02", "10");
    actual("2025/26 M03", "10");
    Outturn outturn = monthlySum(Polarity.HIGHER_IS_BETTER).outturn(p("2025/26 Q1"), null);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("120");
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.PERIODS_REPORTED);
    assertThat(outturn.annualTarget()).isEqualByComparingTo("100");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void aMissingMonthIsSkippedAndNotCountedAsReported() {
    target("2025/26", "100");
    actual("2025/26 M01", "10");
    actual("2025/26 M03", "5");
    Outturn outturn = monthlySum(Polarity.HIGHER_IS_BETTER).outturn(p("2025/26 M03"), null);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("90");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void valuesAfterThePeriodAskedAreNotCounted() {
    target("2025/26", "100");
    actual("2025/26 M01", "10");
    actual("2025/26 M02", "500");
    Outturn outturn = monthlySum(Polarity.HIGHER_IS_BETTER).outturn(p("2025/26 M01"), null);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("120");
  }

  @Test
  void noProjectionBeforeTheYearsFirstValue() {
    target("2025/26", "100");
    actual("2025/26 M03", "10");
    actual("2024/25 M12", "10");
    Outturn outturn = monthlySum(Polarity.HIGHER_IS_BETTER).outturn(p("2025/26 M02"), null);
    assertThat(outturn.projectedOutturn()).isNull();
    assertThat(outturn.basis()).isNull();
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void noProjectionAndNoRiskWithoutAnAnnualTarget() {
    actual("2025/26 Q1", "10");
    Outturn outturn = quarterlySum().outturn(p("2025/26 Q1"), new BigDecimal("1"));
    assertThat(outturn.projectedOutturn()).isNull();
    assertThat(outturn.annualTarget()).isNull();
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void theFirstQuarterOfAnUnprofiledTargetIsMultipliedByFour() {
    target("2025/26", "100");
    actual("2025/26 Q1", "23.75");
    Outturn outturn = quarterlySum().outturn(p("2025/26 Q1"), null);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("95");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.WATCH);
  }

  @Test
  void profiledTargetsGiveTheShareOfTheYearGone() {
    target("2025/26", "100");
    target("2025/26 Q1", "10");
    target("2025/26 Q2", "20");
    target("2025/26 Q3", "30");
    target("2025/26 Q4", "40");
    actual("2025/26 Q1", "15");
    actual("2025/26 Q2", "15");
    IndicatorCalculator calculator = quarterlySum();
    Outturn q1 = calculator.outturn(p("2025/26 Q1"), null);
    assertThat(q1.projectedOutturn()).isEqualByComparingTo("150");
    assertThat(q1.basis()).isEqualTo(OutturnBasis.PROFILED_TARGET);
    Outturn q2 = calculator.outturn(p("2025/26 Q2"), null);
    assertThat(q2.projectedOutturn()).isEqualByComparingTo("100");
    assertThat(q2.risk()).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void quarterlyTargetsAloneAreProfiledAndAddUpToTheAnnualTarget() {
    target("2025/26 Q1", "10");
    target("2025/26 Q2", "20");
    target("2025/26 Q3", "30");
    target("2025/26 Q4", "40");
    actual("2025/26 Q1", "5");
    Outturn outturn = quarterlySum().outturn(p("2025/26 Q1"), null);
    assertThat(outturn.annualTarget()).isEqualByComparingTo("100");
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("50");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void aZeroYearToDateTargetFallsBackToThePeriodsReported() {
    target("2025/26", "100");
    target("2025/26 Q1", "0");
    target("2025/26 Q2", "50");
    target("2025/26 Q3", "50");
    target("2025/26 Q4", "0");
    actual("2025/26 Q1", "5");
    Outturn outturn = quarterlySum().outturn(p("2025/26 Q1"), null);
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.PERIODS_REPORTED);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("20");
  }

  @Test
  void theYearsLastPeriodProjectsTheTotalAsItIsEvenWithAQuarterMissing() {
    target("2025/26", "100");
    actual("2025/26 Q1", "30");
    actual("2025/26 Q2", "30");
    actual("2025/26 Q4", "30");
    Outturn outturn = quarterlySum().outturn(p("2025/26 Q4"), null);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("90");
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.YEAR_END);
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void aCumulativeCountAddsWhatEachMonthContributed() {
    target("2025/26", "120");
    for (int m = 1; m <= 6; m++) {
      actual("2025/26 M0" + m, "10");
    }
    IndicatorCalculator calculator =
        calculator(PeriodType.MONTH, Aggregation.SUM, true, Polarity.HIGHER_IS_BETTER);
    assertThat(calculator.outturn(p("2025/26 Q2"), null).projectedOutturn())
        .isEqualByComparingTo("120");
    assertThat(calculator.outturn(p("2025/26 H1"), null).projectedOutturn())
        .isEqualByComparingTo("120");
  }

  @Test
  void aTotalWhereLowerIsBetterIsAtRiskWhenItsProjectionOvershoots() {
    target("2025/26", "100");
    actual("2025/26 M01", "10");
    assertThat(monthlySum(Polarity.LOWER_IS_BETTER).outturn(p("2025/26 M01"), null).risk())
        .isEqualTo(OutturnRisk.AT_RISK);
    assertThat(monthlySum(Polarity.HIGHER_IS_BETTER).outturn(p("2025/26 M01"), null).risk())
        .isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void aRedForecastPutsTheTargetAtRiskThoughTheProjectionIsGreen() {
    target("2025/26", "100");
    actual("2025/26 Q1", "40");
    Outturn outturn = quarterlySum().outturn(p("2025/26 Q1"), new BigDecimal("80"));
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("160");
    assertThat(outturn.forecast()).isEqualByComparingTo("80");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void anAverageProjectsItsYearToDateAverageNotScaled() {
    target("2025/26", "90");
    actual("2025/26 M01", "80");
    actual("2025/26 M02", "90");
    Outturn outturn =
        calculator(PeriodType.MONTH, Aggregation.AVERAGE, false, Polarity.HIGHER_IS_BETTER)
            .outturn(p("2025/26 M02"), null);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("85");
    assertThat(outturn.basis()).isEqualTo(OutturnBasis.YEAR_TO_DATE);
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void aLastValueProjectsTheLatestValueReported() {
    target("2025/26", "50");
    actual("2025/26 M01", "60");
    actual("2025/26 M02", "48");
    Outturn outturn =
        calculator(PeriodType.MONTH, Aggregation.LAST, false, Polarity.HIGHER_IS_BETTER)
            .outturn(p("2025/26 M03"), null);
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("48");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.WATCH);
  }

  @Test
  void aRatioProjectsTheRatioOfItsSummedPartsNotTheAverageOfItsRatios() {
    target("2025/26", "60");
    actuals.put(p("2025/26 M01"), Measurement.ratio("50", "100"));
    actuals.put(p("2025/26 M02"), Measurement.ratio("30", "50"));
    Outturn outturn =
        calculator(PeriodType.MONTH, Aggregation.RATIO, false, Polarity.HIGHER_IS_BETTER)
            .outturn(p("2025/26 Q1"), null);
    // 80 / 150 = 53.3…%, where the mean of 50% and 60% would be 55%.
    assertThat(outturn.projectedOutturn()).isEqualByComparingTo("53.333333333333333333");
    assertThat(outturn.risk()).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void aMonthOfAQuarterlyIndicatorHasNoProjection() {
    target("2025/26", "100");
    actual("2025/26 Q1", "30");
    assertThat(quarterlySum().outturn(p("2025/26 M02"), null).projectedOutturn()).isNull();
  }

  @Test
  void aCalculatedTotalProjectsFromWhatItsFormulaGivesEachPeriod() {
    target("2025/26", "100");
    IndicatorCalculator calculated =
        IndicatorCalculator.calculated(
            new IndicatorRules(
                PeriodType.QUARTER,
                Aggregation.SUM,
                false,
                Polarity.HIGHER_IS_BETTER,
                Tolerance.percent("5"),
                0,
                null),
            period ->
                period.equals(p("2025/26 Q1"))
                    ? Optional.of(new BigDecimal("20"))
                    : Optional.empty(),
            period -> Optional.empty(),
            targets);
    assertThat(calculated.outturn(p("2025/26 Q2"), null).projectedOutturn())
        .isEqualByComparingTo("80");
  }

  @Test
  void aRatioEnteredWithoutItsPartsHasAProjectionOnlyWhileItHasOneValue() {
    target("2025/26", "60");
    actual("2025/26 Q1", "55");
    IndicatorCalculator calculator =
        calculator(PeriodType.QUARTER, Aggregation.RATIO, false, Polarity.HIGHER_IS_BETTER);
    assertThat(calculator.outturn(p("2025/26 Q1"), null).projectedOutturn())
        .isEqualByComparingTo("55");
    actual("2025/26 Q2", "65");
    IndicatorCalculator twoValues =
        calculator(PeriodType.QUARTER, Aggregation.RATIO, false, Polarity.HIGHER_IS_BETTER);
    assertThat(twoValues.outturn(p("2025/26 Q2"), null).projectedOutturn()).isNull();
  }
}
