package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.indicator.Polarity.HIGHER_IS_BETTER;
import static org.goldenthread.indicator.Polarity.LOWER_IS_BETTER;
import static org.goldenthread.indicator.Polarity.NONE;

import java.math.BigDecimal;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudgementTest {

  private static BigDecimal d(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static Status status(String actual, String target, Polarity polarity, Tolerance t) {
    return Judgement.status(d(actual), d(target), polarity, t);
  }

  @ParameterizedTest(name = "higher is better: {0} against {1} with 10% tolerance is {2}")
  @CsvSource({
    "100, 100, GREEN", // exactly on target
    "100.0001, 100, GREEN",
    "150, 100, GREEN",
    "99.99, 100, AMBER",
    "90, 100, AMBER", // exactly on the band's edge is amber
    "90.00, 100, AMBER",
    "89.9999, 100, RED",
    "0, 100, RED",
    "-5, 100, RED",
  })
  void higherIsBetterWithPercentageTolerance(String actual, String target, Status expected) {
    assertThat(status(actual, target, HIGHER_IS_BETTER, Tolerance.percent("10")))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "lower is better: {0} against {1} with 10% tolerance is {2}")
  @CsvSource({
    "100, 100, GREEN",
    "99.9, 100, GREEN",
    "0, 100, GREEN",
    "-1, 100, GREEN",
    "100.01, 100, AMBER",
    "110, 100, AMBER", // on the edge
    "110.0000, 100, AMBER",
    "110.0001, 100, RED",
    "500, 100, RED",
  })
  void lowerIsBetterWithPercentageTolerance(String actual, String target, Status expected) {
    assertThat(status(actual, target, LOWER_IS_BETTER, Tolerance.percent("10")))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "absolute tolerance 2: {0} against {1} ({2}) is {3}")
  @CsvSource({
    "8, 8, LOWER_IS_BETTER, GREEN",
    "10, 8, LOWER_IS_BETTER, AMBER",
    "10.01, 8, LOWER_IS_BETTER, RED",
    "6, 8, HIGHER_IS_BETTER, AMBER",
    "5.99, 8, HIGHER_IS_BETTER, RED",
    "2, 0, LOWER_IS_BETTER, AMBER", // a zero target still has an absolute band
    "2.5, 0, LOWER_IS_BETTER, RED",
  })
  void absoluteToleranceIsTheAmountItself(
      String actual, String target, Polarity polarity, Status expected) {
    assertThat(status(actual, target, polarity, Tolerance.absolute("2"))).isEqualTo(expected);
  }

  @Test
  void aZeroTargetWithAPercentageToleranceHasNoAmberBand() {
    Tolerance tenPercent = Tolerance.percent("10");
    assertThat(status("0", "0", LOWER_IS_BETTER, tenPercent)).isEqualTo(Status.GREEN);
    assertThat(status("0.001", "0", LOWER_IS_BETTER, tenPercent)).isEqualTo(Status.RED);
    assertThat(status("-0.001", "0", HIGHER_IS_BETTER, tenPercent)).isEqualTo(Status.RED);
    assertThat(status("0", "0.00", HIGHER_IS_BETTER, tenPercent)).isEqualTo(Status.GREEN);
  }

  @Test
  void aNegativeTargetUsesItsSizeForThePercentageBand() {
    // Target -50 (say, a net change); 10% of |−50| = 5, so amber down to −55.
    Tolerance tenPercent = Tolerance.percent("10");
    assertThat(status("-55", "-50", HIGHER_IS_BETTER, tenPercent)).isEqualTo(Status.AMBER);
    assertThat(status("-55.01", "-50", HIGHER_IS_BETTER, tenPercent)).isEqualTo(Status.RED);
    assertThat(status("-45", "-50", LOWER_IS_BETTER, tenPercent)).isEqualTo(Status.AMBER);
    assertThat(status("-44.99", "-50", LOWER_IS_BETTER, tenPercent)).isEqualTo(Status.RED);
  }

  @Test
  void valuesAreComparedAsEnteredNotAsRoundedForDisplay() {
    // 89.996 shows as 90.00 at two decimal places, but it is below the band's edge of 90.
    assertThat(status("89.996", "100", HIGHER_IS_BETTER, Tolerance.percent("10")))
        .isEqualTo(Status.RED);
    assertThat(status("99.9999", "100", HIGHER_IS_BETTER, Tolerance.NONE)).isEqualTo(Status.RED);
  }

  @Test
  void noToleranceMeansAnyMissIsRed() {
    assertThat(status("99", "100", HIGHER_IS_BETTER, Tolerance.NONE)).isEqualTo(Status.RED);
    assertThat(status("99", "100", HIGHER_IS_BETTER, null)).isEqualTo(Status.RED);
  }

  @Test
  void noActualIsNoDataWhateverElseIsKnown() {
    assertThat(status(null, "100", HIGHER_IS_BETTER, Tolerance.NONE)).isEqualTo(Status.NO_DATA);
    assertThat(status(null, null, NONE, null)).isEqualTo(Status.NO_DATA);
  }

  @Test
  void noTargetOrNoPolarityIsDataOnly() {
    assertThat(status("12", null, HIGHER_IS_BETTER, Tolerance.NONE)).isEqualTo(Status.DATA_ONLY);
    assertThat(status("12", "10", NONE, Tolerance.NONE)).isEqualTo(Status.DATA_ONLY);
  }

  @Test
  void aPercentageBandIsWorkedOutExactly() {
    assertThat(Tolerance.percent("5").band(d("33.3"))).isEqualByComparingTo("1.665");
    assertThat(Tolerance.percent("12.5").band(d("-8"))).isEqualByComparingTo("1");
    assertThat(Tolerance.absolute("0.5").band(d("1000"))).isEqualByComparingTo("0.5");
  }

  @ParameterizedTest(name = "{2}: {0} after {1} at {3} dp is {4}")
  @CsvSource({
    "10, 8, HIGHER_IS_BETTER, 0, IMPROVING",
    "8, 10, HIGHER_IS_BETTER, 0, WORSENING",
    "10, 8, LOWER_IS_BETTER, 0, WORSENING",
    "8, 10, LOWER_IS_BETTER, 0, IMPROVING",
    "10, 10, HIGHER_IS_BETTER, 0, STABLE",
    "10.4, 10.2, HIGHER_IS_BETTER, 0, STABLE", // equal at 0 dp
    "10.4, 10.2, HIGHER_IS_BETTER, 1, IMPROVING",
    "10.04, 10.01, LOWER_IS_BETTER, 1, STABLE",
    "10.05, 10.04, LOWER_IS_BETTER, 1, WORSENING", // 10.1 against 10.0 (half up)
    "-3, -5, HIGHER_IS_BETTER, 0, IMPROVING",
    "-5, -3, HIGHER_IS_BETTER, 0, WORSENING",
    "0, 0, LOWER_IS_BETTER, 2, STABLE",
  })
  void trendUsesPolarityAndTheIndicatorsDecimalPlaces(
      String current, String earlier, Polarity polarity, int places, Trend expected) {
    assertThat(Judgement.trend(d(current), d(earlier), polarity, places)).contains(expected);
  }

  @Test
  void noTrendWithoutBothValuesOrWithoutPolarity() {
    assertThat(Judgement.trend(null, d("1"), HIGHER_IS_BETTER, 0)).isEmpty();
    assertThat(Judgement.trend(d("1"), null, HIGHER_IS_BETTER, 0)).isEmpty();
    assertThat(Judgement.trend(d("2"), d("1"), NONE, 0)).isEmpty();
  }

  @Test
  void amberAndRedNeedAnExplanation() {
    assertThat(Status.AMBER.needsExplanation()).isTrue();
    assertThat(Status.RED.needsExplanation()).isTrue();
    assertThat(Status.GREEN.needsExplanation()).isFalse();
    assertThat(Status.DATA_ONLY.needsExplanation()).isFalse();
    assertThat(Status.NO_DATA.needsExplanation()).isFalse();
  }
}
