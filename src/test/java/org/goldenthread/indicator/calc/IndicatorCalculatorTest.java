package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.period.PeriodType;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest extends CalculatorSeries {

  @Test
  void aCumulativeCountReportsTheYearToDateAgainstTheYearToDateTarget() {
    // Monthly counts, reported per quarter as the total so far this year.
    for (int m = 1; m <= 6; m++) {
      actual("2025/26 M0" + m, "10");
    }
    target("2025/26 Q1", "25");
    target("2025/26 Q2", "38");
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.SUM, true, Polarity.HIGHER_IS_BETTER);

    PeriodResult q2 = calc.result(p("2025/26 Q2"));
    assertThat(q2.actual()).isEqualByComparingTo("60");
    assertThat(q2.target()).isEqualByComparingTo("63");
    assertThat(q2.status()).isEqualTo(Status.AMBER); // 60 ≥ 63 − 5% of 63 = 59.85
    assertThat(calc.actual(p("2025/26 Q1")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
    assertThat(calc.actual(p("2025/26 M05")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
  }

  @Test
  void theYearToDateStartsAgainInApril() {
    actual("2024/25 M12", "500");
    actual("2025/26 M01", "7");
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.SUM, true, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.actual(p("2025/26 M01")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
  }

  @Test
  void aSnapshotReportsTheQuartersOwnFigure() {
    actual("2025/26 M04", "3");
    actual("2025/26 M05", "4");
    actual("2025/26 M06", "5");
    actual("2025/26 M01", "100");
    IndicatorCalculator sum =
        calculator(PeriodType.MONTH, Aggregation.SUM, false, Polarity.LOWER_IS_BETTER);
    IndicatorCalculator last =
        calculator(PeriodType.MONTH, Aggregation.LAST, false, Polarity.LOWER_IS_BETTER);
    IndicatorCalculator avg =
        calculator(PeriodType.MONTH, Aggregation.AVERAGE, false, Polarity.LOWER_IS_BETTER);
    IndicatorCalculator min =
        calculator(PeriodType.MONTH, Aggregation.MIN, false, Polarity.LOWER_IS_BETTER);
    IndicatorCalculator max =
        calculator(PeriodType.MONTH, Aggregation.MAX, false, Polarity.LOWER_IS_BETTER);

    assertThat(sum.actual(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("12");
    assertThat(last.actual(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("5");
    assertThat(avg.actual(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("4");
    assertThat(min.actual(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("3");
    assertThat(max.actual(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("5");
  }

  @Test
  void aPercentageOverSeveralPeriodsIsTheRatioOfTheSumsNotTheAverageOfThePercentages() {
    ratio("2025/26 M01", "1", "2"); // 50%
    ratio("2025/26 M02", "99", "100"); // 99%
    ratio("2025/26 M03", "0", "98"); // 0%
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.RATIO, false, Polarity.HIGHER_IS_BETTER);

    // (1 + 99 + 0) / (2 + 100 + 98) = 100 / 200 = 50%, not (50 + 99 + 0) / 3 = 49.67%.
    assertThat(calc.actual(p("2025/26 Q1")).orElseThrow()).isEqualByComparingTo("50");
    assertThat(calc.actual(p("2025/26 M02")).orElseThrow()).isEqualByComparingTo("99");
  }

  @Test
  void aRatioWithAZeroDenominatorHasNoValue() {
    ratio("2025/26 Q1", "0", "0");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.RATIO, false, Polarity.HIGHER_IS_BETTER);

    PeriodResult q1 = calc.result(p("2025/26 Q1"));
    assertThat(q1.actual()).isNull();
    assertThat(q1.status()).isEqualTo(Status.NO_DATA);
  }

  @Test
  void aMissingMonthLeavesTheQuarterWithoutAFigureRatherThanAWrongOne() {
    actual("2025/26 M01", "10");
    actual("2025/26 M03", "10");
    target("2025/26 Q1", "30");
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER);

    PeriodResult q1 = calc.result(p("2025/26 Q1"));
    assertThat(q1.actual()).isNull();
    assertThat(q1.status()).isEqualTo(Status.NO_DATA);
    assertThat(q1.target()).isEqualByComparingTo("30");
  }

  @Test
  void aSnapshotStillNeedsTheLastMonthWhenReportingTheLastValue() {
    actual("2025/26 M01", "10");
    actual("2025/26 M02", "11");
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.LAST, false, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.actual(p("2025/26 Q1"))).isEmpty();
  }

  @Test
  void nothingIsReportedForAPeriodShorterThanTheIndicatorIsCollectedFor() {
    actual("2025/26 Q1", "10");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.actual(p("2025/26 M02"))).isEmpty();
  }

  @Test
  void anAnnualTotalTargetIsSpreadEvenlyWhenNoQuarterlyTargetsAreSet() {
    target("2025/26", "1200");
    IndicatorCalculator cumulative =
        calculator(PeriodType.MONTH, Aggregation.SUM, true, Polarity.HIGHER_IS_BETTER);
    IndicatorCalculator discrete =
        calculator(PeriodType.MONTH, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER);

    assertThat(discrete.target(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("300");
    assertThat(discrete.target(p("2025/26 M07")).orElseThrow()).isEqualByComparingTo("100");
    assertThat(cumulative.target(p("2025/26 Q3")).orElseThrow()).isEqualByComparingTo("900");
    assertThat(cumulative.target(p("2025/26")).orElseThrow()).isEqualByComparingTo("1200");
  }

  @Test
  void quarterlyTargetsAddUpToTheYearsTargetForATotal() {
    target("2025/26 Q1", "100");
    target("2025/26 Q2", "200");
    target("2025/26 Q3", "300");
    target("2025/26 Q4", "400");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.target(p("2025/26")).orElseThrow()).isEqualByComparingTo("1000");
    assertThat(calc.target(p("2025/26 H2")).orElseThrow()).isEqualByComparingTo("700");
  }

  @Test
  void aRateTargetForTheYearAppliesToEachQuarter() {
    target("2025/26", "97.5");
    ratio("2025/26 Q1", "960", "1000");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.RATIO, true, Polarity.HIGHER_IS_BETTER);

    PeriodResult q1 = calc.result(p("2025/26 Q1"));
    assertThat(q1.target()).isEqualByComparingTo("97.5");
    assertThat(q1.actual()).isEqualByComparingTo("96");
    assertThat(q1.status()).isEqualTo(Status.AMBER); // 96 ≥ 97.5 − 4.875
  }

  @Test
  void aCumulativeRatioIsTheRatioOfTheYearToDateSums() {
    ratio("2025/26 Q1", "30", "100");
    ratio("2025/26 Q2", "60", "100");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.RATIO, true, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.actual(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("45");
  }

  @Test
  void trendsCompareWithThePreviousPeriodAndTheSamePeriodLastYear() {
    actual("2024/25 Q2", "80");
    actual("2025/26 Q1", "95");
    actual("2025/26 Q2", "90");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER);

    PeriodResult q2 = calc.result(p("2025/26 Q2"));
    assertThat(q2.trendFromPrevious()).isEqualTo(Trend.WORSENING);
    assertThat(q2.trendFromLastYear()).isEqualTo(Trend.IMPROVING);
    assertThat(q2.status()).isEqualTo(Status.DATA_ONLY);
  }

  @Test
  void theFirstQuarterIsComparedWithTheLastQuarterOfTheYearBefore() {
    actual("2024/25 Q4", "12");
    actual("2025/26 Q1", "12");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.SUM, false, Polarity.LOWER_IS_BETTER);

    assertThat(calc.result(p("2025/26 Q1")).trendFromPrevious()).isEqualTo(Trend.STABLE);
    assertThat(calc.result(p("2025/26 Q1")).trendFromLastYear()).isNull();
  }

  @Test
  void negativeValuesAddUpAndAreJudgedLikeAnyOther() {
    actual("2025/26 M01", "-4");
    actual("2025/26 M02", "1.5");
    actual("2025/26 M03", "-0.5");
    target("2025/26 Q1", "-2");
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.SUM, false, Polarity.LOWER_IS_BETTER);

    PeriodResult q1 = calc.result(p("2025/26 Q1"));
    assertThat(q1.actual()).isEqualByComparingTo("-3");
    assertThat(q1.status()).isEqualTo(Status.GREEN);
  }

  @Test
  void anExactlyOnTargetYearToDateIsGreen() {
    actual("2025/26 Q1", "0.1");
    actual("2025/26 Q2", "0.2");
    target("2025/26 Q1", "0.15");
    target("2025/26 Q2", "0.15");
    IndicatorCalculator calc =
        calculator(PeriodType.QUARTER, Aggregation.SUM, true, Polarity.HIGHER_IS_BETTER);

    // 0.1 + 0.2 is exactly 0.3 in decimals, so this is on target, not a hair below it.
    assertThat(calc.result(p("2025/26 Q2")).status()).isEqualTo(Status.GREEN);
  }

  @Test
  void aLevelsQuarterlyTargetComesFromItsMonthsTargets() {
    for (int m = 1; m <= 3; m++) {
      target("2025/26 M0" + m, String.valueOf(90 + m)); // 91, 92, 93
      actual("2025/26 M0" + m, "92");
    }
    assertThat(
            calculator(PeriodType.MONTH, Aggregation.LAST, false, Polarity.HIGHER_IS_BETTER)
                .target(p("2025/26 Q1"))
                .orElseThrow())
        .isEqualByComparingTo("93");
    assertThat(
            calculator(PeriodType.MONTH, Aggregation.AVERAGE, false, Polarity.HIGHER_IS_BETTER)
                .target(p("2025/26 Q1"))
                .orElseThrow())
        .isEqualByComparingTo("92");
    assertThat(
            calculator(PeriodType.MONTH, Aggregation.MIN, false, Polarity.HIGHER_IS_BETTER)
                .target(p("2025/26 Q1"))
                .orElseThrow())
        .isEqualByComparingTo("91");
    assertThat(
            calculator(PeriodType.MONTH, Aggregation.MAX, false, Polarity.HIGHER_IS_BETTER)
                .target(p("2025/26 Q1"))
                .orElseThrow())
        .isEqualByComparingTo("93");
    assertThat(
            calculator(PeriodType.MONTH, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER)
                .target(p("2025/26 Q1"))
                .orElseThrow())
        .isEqualByComparingTo("276");
  }

  @Test
  void aRatiosQuarterlyTargetIsTheAverageOfItsMonthlyTargets() {
    target("2025/26 M01", "94");
    target("2025/26 M02", "95");
    target("2025/26 M03", "96");
    ratio("2025/26 M01", "90", "100");
    ratio("2025/26 M02", "95", "100");
    ratio("2025/26 M03", "97", "100");
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.RATIO, false, Polarity.HIGHER_IS_BETTER);

    PeriodResult q1 = calc.result(p("2025/26 Q1"));
    assertThat(q1.target()).isEqualByComparingTo("95");
    assertThat(q1.actual()).isEqualByComparingTo("94");
    assertThat(q1.status()).isEqualTo(Status.AMBER);
  }

  @Test
  void aTargetSetForTheQuarterItselfWinsOverItsMonths() {
    target("2025/26 M01", "10");
    target("2025/26 M02", "10");
    target("2025/26 M03", "10");
    target("2025/26 Q1", "25");
    assertThat(
            calculator(PeriodType.MONTH, Aggregation.SUM, false, Polarity.HIGHER_IS_BETTER)
                .target(p("2025/26 Q1"))
                .orElseThrow())
        .isEqualByComparingTo("25");
  }
}
