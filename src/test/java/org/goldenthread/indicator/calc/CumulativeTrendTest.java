package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Trend;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.junit.jupiter.api.Test;

/**
 * The trend of a cumulative indicator (SPEC §4): against the previous period it compares what each
 * period itself contributed, since the year to date restarts in April; against the same period last
 * year it compares the years to date.
 */
class CumulativeTrendTest {

  private final Map<Period, Measurement> actuals = new HashMap<>();
  private final Map<Period, BigDecimal> targets = new HashMap<>();

  private static Period p(String label) {
    return Period.parse(label);
  }

  private void actual(String period, String value) {
    actuals.put(p(period), Measurement.of(value));
  }

  private void ratio(String period, String numerator, String denominator) {
    actuals.put(p(period), Measurement.ratio(numerator, denominator));
  }

  /** Each month of a quarter (1 to 4) of a year given the same value. */
  private void months(String year, int quarter, String value) {
    for (int m = quarter * 3 - 2; m <= quarter * 3; m++) {
      actual(year + " M" + (m < 10 ? "0" + m : m), value);
    }
  }

  private IndicatorCalculator calculator(
      PeriodType frequency,
      Aggregation aggregation,
      Polarity polarity,
      int decimalPlaces,
      boolean cumulative) {
    return new IndicatorCalculator(
        new IndicatorRules(
            frequency,
            aggregation,
            cumulative,
            polarity,
            Tolerance.percent("5"),
            decimalPlaces,
            aggregation == Aggregation.RATIO ? BigDecimal.valueOf(100) : BigDecimal.ONE),
        actuals,
        targets);
  }

  private IndicatorCalculator cumulative(
      PeriodType frequency, Aggregation aggregation, Polarity polarity) {
    return calculator(frequency, aggregation, polarity, 0, true);
  }

  private Trend previous(IndicatorCalculator calc, String period) {
    return calc.result(p(period)).trendFromPrevious();
  }

  private Trend lastYear(IndicatorCalculator calc, String period) {
    return calc.result(p(period)).trendFromLastYear();
  }

  // The April boundary

  @Test
  void theFirstQuarterComparesItsOwnMonthsWithTheLastQuartersOwnMonthsNotTheYearToDate() {
    // Year to date: Q4 2025/26 is 12 months of 10 = 120; Q1 2026/27 only 3 months of 11 = 33.
    for (int q = 1; q <= 4; q++) {
      months("2025/26", q, "10");
    }
    months("2026/27", 1, "11");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.actual(p("2026/27 Q1")).orElseThrow()).isEqualByComparingTo("33");
    assertThat(calc.actual(p("2025/26 Q4")).orElseThrow()).isEqualByComparingTo("120");
    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.IMPROVING); // 33 against 30
  }

  @Test
  void theFirstQuarterIsWorseningOnlyWhenItContributedLessThanTheLastQuarter() {
    for (int q = 1; q <= 4; q++) {
      months("2025/26", q, "10");
    }
    months("2026/27", 1, "9");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.WORSENING); // 27 against 30
  }

  @Test
  void aprilComparesItsOwnCountWithMarchsOwnCount() {
    for (int q = 1; q <= 4; q++) {
      months("2025/26", q, "10");
    }
    actual("2026/27 M01", "10");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    // Year to date, April's 10 is far below March's 120; April contributed as much as March.
    assertThat(previous(calc, "2026/27 M01")).isEqualTo(Trend.STABLE);
  }

  @Test
  void aQuarterlyCollectedCountComparesQuarterOneWithQuarterFourOfTheYearBefore() {
    actual("2025/26 Q1", "40");
    actual("2025/26 Q2", "40");
    actual("2025/26 Q3", "40");
    actual("2025/26 Q4", "40");
    actual("2026/27 Q1", "45");
    IndicatorCalculator calc =
        cumulative(PeriodType.QUARTER, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.IMPROVING); // 45 against 40
    assertThat(previous(calc, "2025/26 Q4")).isEqualTo(Trend.STABLE); // 40 against 40, not 160/120
  }

  // Missing contributions

  @Test
  void noTrendWhenThePreviousQuarterHasAMonthMissing() {
    actual("2025/26 M10", "10");
    actual("2025/26 M12", "10"); // February missing
    months("2026/27", 1, "10");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2026/27 Q1")).isNull();
  }

  @Test
  void noTrendWhenThisQuarterHasAMonthMissing() {
    months("2025/26", 1, "10");
    actual("2025/26 M04", "10");
    actual("2025/26 M05", "10"); // September missing
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2025/26 Q2")).isNull();
  }

  @Test
  void anEarlierMonthMissingThisYearLeavesNoYearToDateButTheQuartersOwnTrendStands() {
    // May is missing, so there is no year-to-date figure for Q2, yet Q2 and Q3 each have all their
    // own months: what they contributed can still be compared.
    actual("2025/26 M01", "10");
    actual("2025/26 M03", "10");
    months("2025/26", 2, "10");
    months("2025/26", 3, "12");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.actual(p("2025/26 Q3"))).isEmpty();
    assertThat(previous(calc, "2025/26 Q3")).isEqualTo(Trend.IMPROVING); // 36 against 30
  }

  @Test
  void noTrendForTheFirstPeriodEverRecorded() {
    months("2025/26", 1, "10");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2025/26 Q1")).isNull();
  }

  @Test
  void noTrendWithoutPolarity() {
    months("2025/26", 4, "10");
    months("2026/27", 1, "20");
    IndicatorCalculator calc = cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.NONE);

    assertThat(previous(calc, "2026/27 Q1")).isNull();
  }

  // Stable at the indicator's decimal places

  @Test
  void stableWhenTheContributionsAreEqualAtTheDecimalPlaces() {
    months("2025/26", 4, "10.01"); // 30.03
    months("2026/27", 1, "10.012"); // 30.036, equal to 30.03 at one decimal place
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER, 1, true);

    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.STABLE);
  }

  @Test
  void notStableWhenTheContributionsDifferAtTheDecimalPlaces() {
    months("2025/26", 4, "10.01"); // 30.03
    months("2026/27", 1, "10.012"); // 30.036: 30.04 against 30.03 at two decimal places
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER, 2, true);

    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.IMPROVING);
  }

  // Lower is better

  @Test
  void lowerIsBetterImprovesWhenTheFirstQuarterContributedLess() {
    for (int q = 1; q <= 4; q++) {
      months("2025/26", q, "10");
    }
    months("2026/27", 1, "9");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.LOWER_IS_BETTER);

    // Year to date 27 against 120 would also read improving; here by the quarters' own 27 and 30.
    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.IMPROVING);
  }

  @Test
  void lowerIsBetterWorsensInTheSecondQuarterOnlyWhenItContributedMore() {
    months("2025/26", 1, "10");
    months("2025/26", 2, "10");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.LOWER_IS_BETTER);

    // The year to date grows from 30 to 60, which used to read worsening; each quarter gave 30.
    assertThat(previous(calc, "2025/26 Q2")).isEqualTo(Trend.STABLE);
  }

  @Test
  void lowerIsBetterWorsensAcrossAprilWhenTheFirstQuarterContributedMore() {
    months("2025/26", 4, "10");
    months("2026/27", 1, "11");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.LOWER_IS_BETTER);

    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.WORSENING);
  }

  // A ratio: the period's own ratio of its own sums

  @Test
  void aCumulativeRatioComparesEachQuartersOwnRatioOfSums() {
    // Q1: 30 of 100 = 30%. Q2: 60 of 100 = 60%, year to date 90 of 200 = 45%.
    // Q3: 50 of 100 = 50%: worse than Q2's own 60%, though the year to date rises to 140/300 =
    // 46.7%.
    ratio("2025/26 Q1", "30", "100");
    ratio("2025/26 Q2", "60", "100");
    ratio("2025/26 Q3", "50", "100");
    IndicatorCalculator calc =
        cumulative(PeriodType.QUARTER, Aggregation.RATIO, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2025/26 Q2")).isEqualTo(Trend.IMPROVING);
    assertThat(previous(calc, "2025/26 Q3")).isEqualTo(Trend.WORSENING);
  }

  @Test
  void aMonthlyRatioReportedQuarterlyComparesTheRatioOfEachQuartersOwnSumsNotTheMeanOfMonths() {
    // Q4 2025/26: 1/10, 1/10, 88/100 → own ratio 90/120 = 75% (mean of the months would be 36%).
    ratio("2025/26 M10", "1", "10");
    ratio("2025/26 M11", "1", "10");
    ratio("2025/26 M12", "88", "100");
    // Q1 2026/27: 40/100 three times → 120/300 = 40%.
    for (String m : new String[] {"M01", "M02", "M03"}) {
      ratio("2026/27 " + m, "40", "100");
    }
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.RATIO, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.contribution(p("2025/26 Q4")).orElseThrow()).isEqualByComparingTo("75");
    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.WORSENING); // 40% against 75%
  }

  @Test
  void noTrendWhenThePreviousQuartersRatioHasAZeroDenominator() {
    ratio("2025/26 Q4", "0", "0");
    ratio("2026/27 Q1", "5", "10");
    IndicatorCalculator calc =
        cumulative(PeriodType.QUARTER, Aggregation.RATIO, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2026/27 Q1")).isNull();
  }

  // Monthly collected, quarterly reported

  @Test
  void aQuartersContributionIsTheSumOfItsOwnThreeMonths() {
    actual("2025/26 M04", "1");
    actual("2025/26 M05", "2");
    actual("2025/26 M06", "3");
    months("2025/26", 1, "100");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(calc.contribution(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("6");
    assertThat(calc.actual(p("2025/26 Q2")).orElseThrow()).isEqualByComparingTo("306");
    assertThat(previous(calc, "2025/26 Q2")).isEqualTo(Trend.WORSENING); // 6 against 300
  }

  @Test
  void aHalfYearComparesItsOwnSixMonthsWithTheHalfBefore() {
    months("2025/26", 3, "10");
    months("2025/26", 4, "10");
    months("2026/27", 1, "12");
    months("2026/27", 2, "12");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(previous(calc, "2026/27 H1")).isEqualTo(Trend.IMPROVING); // 72 against 60
  }

  // Against the same period last year: the years to date

  @Test
  void theTrendFromLastYearStillComparesTheYearsToDate() {
    // Q2 own: 2024/25 gave 30, 2025/26 gave 25; year to date 2024/25 60, 2025/26 70.
    months("2024/25", 1, "10");
    months("2024/25", 2, "10");
    actual("2025/26 M01", "15");
    actual("2025/26 M02", "15");
    actual("2025/26 M03", "15");
    actual("2025/26 M04", "5");
    actual("2025/26 M05", "10");
    actual("2025/26 M06", "10");
    IndicatorCalculator calc =
        cumulative(PeriodType.MONTH, Aggregation.SUM, Polarity.HIGHER_IS_BETTER);

    assertThat(lastYear(calc, "2025/26 Q2")).isEqualTo(Trend.IMPROVING); // 70 against 60
    assertThat(previous(calc, "2025/26 Q2")).isEqualTo(Trend.WORSENING); // 25 against 45
  }

  @Test
  void aSnapshotIndicatorStillComparesItsReportedFigures() {
    actual("2025/26 M12", "120");
    actual("2026/27 M01", "100");
    actual("2026/27 M02", "100");
    actual("2026/27 M03", "130");
    IndicatorCalculator calc =
        calculator(PeriodType.MONTH, Aggregation.LAST, Polarity.HIGHER_IS_BETTER, 0, false);

    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.IMPROVING); // 130 against 120
    assertThat(calc.contribution(p("2026/27 Q1"))).isEqualTo(calc.actual(p("2026/27 Q1")));
  }

  // A calculated cumulative indicator: its formula over what its inputs contributed

  @Test
  void aCalculatedCumulativeIndicatorComparesTheFormulaOverItsInputsContributions() {
    IndicatorRules rules =
        new IndicatorRules(
            PeriodType.QUARTER,
            Aggregation.SUM,
            true,
            Polarity.HIGHER_IS_BETTER,
            Tolerance.NONE,
            0,
            BigDecimal.ONE);
    Map<Period, BigDecimal> yearToDate =
        Map.of(p("2025/26 Q4"), new BigDecimal("200"), p("2026/27 Q1"), new BigDecimal("60"));
    Map<Period, BigDecimal> own =
        Map.of(p("2025/26 Q4"), new BigDecimal("50"), p("2026/27 Q1"), new BigDecimal("60"));
    IndicatorCalculator calc =
        IndicatorCalculator.calculated(
            rules,
            period -> Optional.ofNullable(yearToDate.get(period)),
            period -> Optional.ofNullable(own.get(period)),
            Map.of());

    assertThat(calc.actual(p("2026/27 Q1")).orElseThrow()).isEqualByComparingTo("60");
    assertThat(previous(calc, "2026/27 Q1")).isEqualTo(Trend.IMPROVING);
  }
}
