package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.indicator.Polarity.HIGHER_IS_BETTER;
import static org.goldenthread.indicator.calc.XmrSeries.quarters;
import static org.goldenthread.indicator.calc.XmrSeries.range;

import java.util.List;
import org.goldenthread.indicator.Polarity;
import org.junit.jupiter.api.Test;

/** The four signal rules of SPEC §4a, each at its edge. */
class XmrSignalsTest {

  private static List<Signal> signals(Object... values) {
    return XmrCalculator.chart(XmrSeries.of(values), HIGHER_IS_BETTER, null).signals();
  }

  private static List<SignalRule> rules(List<Signal> signals) {
    return signals.stream().map(Signal::rule).toList();
  }

  // Upper limit of 7.3, 20, 0, 20, 0, 20, 0, 20, 0, 20, 0, 82.3 is exactly 82.3.
  @Test
  void aPointExactlyOnTheUpperLimitIsNotASignal() {
    var chart =
        XmrCalculator.chart(
            XmrSeries.of("7.3", 20, 0, 20, 0, 20, 0, 20, 0, 20, 0, "82.3"), Polarity.NONE, null);
    assertThat(chart.upperLimit()).isEqualByComparingTo("82.3");
    assertThat(chart.signals()).isEmpty();
    assertThat(chart.variation()).isEqualTo(Variation.COMMON_CAUSE);
  }

  @Test
  void aPointJustAboveTheUpperLimitIsOutsideTheLimits() {
    List<Signal> found = signals("7.3", 20, 0, 20, 0, 20, 0, 20, 0, 20, 0, "82.31");
    assertThat(rules(found)).containsExactly(SignalRule.OUTSIDE_LIMITS);
    assertThat(found.get(0).periods()).containsExactly(XmrSeries.quarter(11));
    assertThat(found.get(0).explanation())
        .isEqualTo(
            "2022/23 Q4 (82.31) is above the upper process limit (82.3033): a value this far from"
                + " the average is very unlikely to be chance.");
  }

  @Test
  void aPointBelowTheLowerLimitIsOutsideTheLimits() {
    List<Signal> found = signals(100, 80, 100, 80, 100, 80, 100, 80, 100, 80, 100, 0);
    assertThat(rules(found)).containsExactly(SignalRule.OUTSIDE_LIMITS);
    assertThat(found.get(0).explanation()).contains("below the lower process limit");
  }

  @Test
  void sevenPointsInARowAboveTheMeanAreAShiftNamingAllSeven() {
    List<Signal> found = signals(8, 12, 8, 12, 8, 12, 13, 12, 13, 12, 13, 12);
    assertThat(rules(found)).containsExactly(SignalRule.SHIFT);
    assertThat(found.get(0).periods()).isEqualTo(range(5, 11));
    assertThat(found.get(0).explanation())
        .isEqualTo(
            "7 points in a row above the average (11.25), from 2021/22 Q2 to 2022/23 Q4: a shift,"
                + " not chance.");
  }

  @Test
  void sixPointsInARowAboveTheMeanAreNotAShift() {
    assertThat(signals(12, 8, 12, 8, 12, 8, 13, 12, 13, 12, 13, 12)).isEmpty();
  }

  @Test
  void aRunOfNineIsOneShiftOfNinePoints() {
    List<Signal> found = signals(8, 12, 8, 12, 8, 12, 8, 13, 12, 13, 12, 13, 12, 13, 12, 13);
    assertThat(rules(found)).containsExactly(SignalRule.SHIFT);
    assertThat(found.get(0).periods()).isEqualTo(range(7, 15));
  }

  // The mean of this series is exactly 11, the ninth value.
  @Test
  void aPointOnTheMeanEndsTheRun() {
    assertThat(signals(8, 12, 8, 9, 8, 13, 12, 13, 11, 13, 12, 13)).isEmpty();
    assertThat(rules(signals(8, 12, 8, 9, 8, 13, 12, 13, "11.5", 13, 12, 13)))
        .containsExactly(SignalRule.SHIFT);
  }

  @Test
  void sixPointsEachHigherThanTheOneBeforeAreATrend() {
    List<Signal> found = signals(10, 12, 10, 12, 10, 12, 8, 9, 10, 11, 12, 13);
    assertThat(rules(found)).containsExactly(SignalRule.TREND);
    assertThat(found.get(0).periods()).isEqualTo(range(6, 11));
    assertThat(found.get(0).explanation())
        .isEqualTo(
            "6 points in a row, each higher than the one before, from 2021/22 Q3 to 2022/23 Q4:"
                + " a trend, not chance.");
  }

  @Test
  void fivePointsRisingAreNotATrend() {
    assertThat(signals(10, 12, 10, 12, 10, 12, 10, 8, 9, 10, 11, 12)).isEmpty();
  }

  @Test
  void sixPointsEachLowerThanTheOneBeforeAreATrend() {
    List<Signal> found = signals(12, 10, 12, 10, 12, 10, 14, 13, 12, 11, 10, 9);
    assertThat(rules(found)).containsExactly(SignalRule.TREND);
    assertThat(found.get(0).periods()).isEqualTo(range(6, 11));
    assertThat(found.get(0).explanation()).contains("each lower than the one before");
  }

  @Test
  void equalNeighboursBreakATrend() {
    assertThat(signals(10, 12, 10, 12, 10, 12, 8, 9, 10, 10, 11, 12, 13)).isEmpty();
  }

  @Test
  void twoOfThreeBeyondTwoThirdsTowardsTheSameLimitNameOnlyThePointsBeyond() {
    List<Signal> found = signals(5, 8, 5, 8, 5, 8, 5, 8, 5, 8, 16, 7, 16);
    assertThat(rules(found)).containsExactly(SignalRule.TWO_OF_THREE);
    assertThat(found.get(0).periods()).isEqualTo(quarters(10, 12));
    assertThat(found.get(0).explanation())
        .isEqualTo(
            "2 of 3 points in a row close to the upper process limit (more than two thirds of the"
                + " way from the average): 2022/23 Q3 and 2023/24 Q1. An early sign that the"
                + " process has changed, not chance.");
  }

  // 16 is beyond two thirds towards the upper limit, −3 beyond two thirds towards the lower.
  @Test
  void twoOfThreeOnOppositeSidesOfTheMeanAreNotASignal() {
    var chart =
        XmrCalculator.chart(
            XmrSeries.of(5, 8, 5, 8, 5, 8, 5, 8, 5, 8, 16, 7, -3), HIGHER_IS_BETTER, null);
    assertThat(chart.mean()).isEqualByComparingTo("6.538461538461538");
    assertThat(chart.signals()).isEmpty();
  }

  @Test
  void overlappingTwoOfThreeWindowsAreOneSignal() {
    List<Signal> found = signals(0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 7, 7, 2, 7, -1);
    assertThat(rules(found)).containsExactly(SignalRule.TWO_OF_THREE);
    assertThat(found.get(0).periods()).isEqualTo(quarters(12, 13, 15));
  }

  @Test
  void allEqualValuesGiveNoSignals() {
    var chart = XmrCalculator.chart(XmrSeries.repeat(12, 7), HIGHER_IS_BETTER, null);
    assertThat(chart.averageMovingRange()).isEqualByComparingTo("0");
    assertThat(chart.upperLimit()).isEqualByComparingTo("7");
    assertThat(chart.lowerLimit()).isEqualByComparingTo("7");
    assertThat(chart.signals()).isEmpty();
    assertThat(chart.variation()).isEqualTo(Variation.COMMON_CAUSE);
  }

  @Test
  void signalsAreListedByRuleThenByFirstPeriod() {
    List<Signal> found = signals(11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 16, 16);
    assertThat(rules(found))
        .containsExactly(
            SignalRule.OUTSIDE_LIMITS,
            SignalRule.OUTSIDE_LIMITS,
            SignalRule.SHIFT,
            SignalRule.TWO_OF_THREE);
    assertThat(found.get(0).periods()).containsExactly(XmrSeries.quarter(11));
    assertThat(found.get(2).periods()).isEqualTo(range(0, 10));
  }

  // Lower limit of 92.7, 80, 100, 80, 100, 80, 100, 80, 100, 80, 100, 17.7 is exactly 17.7.
  @Test
  void aPointExactlyOnTheLowerLimitIsNotASignal() {
    var chart =
        XmrCalculator.chart(
            XmrSeries.of("92.7", 80, 100, 80, 100, 80, 100, 80, 100, 80, 100, "17.7"),
            HIGHER_IS_BETTER,
            null);
    assertThat(chart.lowerLimit()).isEqualByComparingTo("17.7");
    assertThat(chart.signals()).isEmpty();
    assertThat(rules(signals("92.7", 80, 100, 80, 100, 80, 100, 80, 100, 80, 100, "17.69")))
        .containsExactly(SignalRule.OUTSIDE_LIMITS);
  }

  // With 6.98671875 in the thirteenth place, two thirds of the way to the upper limit is exactly
  // 6.98671875: that point is not beyond it, 7 is.
  @Test
  void aPointExactlyTwoThirdsOfTheWayToALimitIsNotBeyondIt() {
    List<Signal> on = signals(0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, "6.98671875", 7, 2, 7, -1);
    assertThat(rules(on)).containsExactly(SignalRule.TWO_OF_THREE);
    assertThat(on.get(0).periods()).isEqualTo(quarters(13, 15));
    List<Signal> beyond = signals(0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, "6.9868", 7, 2, 7, -1);
    assertThat(beyond.get(0).periods()).isEqualTo(quarters(12, 13, 15));
  }

  @Test
  void aTrendOfSevenIsOneSignalOfSevenPoints() {
    List<Signal> found = signals(10, 12, 10, 12, 10, 12, 8, 9, 10, 11, 12, 13, 14);
    assertThat(rules(found)).containsExactly(SignalRule.TREND);
    assertThat(found.get(0).periods()).isEqualTo(range(6, 12));
  }

  @Test
  void aRisingAndAFallingTrendShareTheirTurningPoint() {
    List<Signal> found = signals(10, 12, 10, 12, 10, 12, 8, 9, 10, 11, 12, 13, 12, 11, 10, 9, 8, 7);
    assertThat(rules(found)).containsExactly(SignalRule.TREND, SignalRule.TREND);
    assertThat(found.get(0).periods()).isEqualTo(range(6, 11));
    assertThat(found.get(1).periods()).isEqualTo(range(11, 17));
  }
}
