package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.indicator.Polarity.HIGHER_IS_BETTER;
import static org.goldenthread.indicator.Polarity.LOWER_IS_BETTER;
import static org.goldenthread.indicator.Polarity.NONE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An XmR chart's data, limits, variation and assurance (SPEC §4a). */
class XmrCalculatorTest {

  // Mean 11, average moving range 2, limits 11 ± 5.32.
  private static final List<XmrPoint> STEADY = XmrSeries.repeat(6, 10, 12);

  private static final List<XmrPoint> HIGH_LAST =
      XmrSeries.of(0, 20, 0, 20, 0, 20, 0, 20, 0, 20, 0, 100);

  private static final List<XmrPoint> LOW_LAST =
      XmrSeries.of(100, 80, 100, 80, 100, 80, 100, 80, 100, 80, 100, 0);

  private static XmrChart chart(List<XmrPoint> series, Polarity polarity, String target) {
    return XmrCalculator.chart(series, polarity, target == null ? null : new BigDecimal(target));
  }

  @Test
  void elevenValuesAreNotEnoughData() {
    XmrChart chart =
        chart(XmrSeries.of(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 50), HIGHER_IS_BETTER, "11");
    assertThat(chart.variation()).isEqualTo(Variation.NOT_ENOUGH_DATA);
    assertThat(chart.mean()).isNull();
    assertThat(chart.upperLimit()).isNull();
    assertThat(chart.lowerLimit()).isNull();
    assertThat(chart.averageMovingRange()).isNull();
    assertThat(chart.signals()).isEmpty();
    assertThat(chart.assurance()).isNull();
    assertThat(chart.points()).hasSize(11);
    assertThat(chart.variationExplanation())
        .isEqualTo(
            "Only 11 values so far: a chart needs at least 12 before its limits and signals mean"
                + " anything.");
  }

  @Test
  void twelveValuesHaveAMeanAndLimits() {
    XmrChart chart = chart(STEADY, HIGHER_IS_BETTER, null);
    assertThat(chart.mean()).isEqualByComparingTo("11");
    assertThat(chart.averageMovingRange()).isEqualByComparingTo("2");
    assertThat(chart.upperLimit()).isEqualByComparingTo("16.32");
    assertThat(chart.lowerLimit()).isEqualByComparingTo("5.68");
    assertThat(chart.signals()).isEmpty();
    assertThat(chart.variation()).isEqualTo(Variation.COMMON_CAUSE);
    assertThat(chart.variationExplanation())
        .isEqualTo(
            "The latest value, 2022/23 Q4, shows common cause variation: it lies within the ups"
                + " and downs the process gives by chance, and no signal covers it.");
  }

  @Test
  void theLowerLimitIsNotClippedAtZero() {
    assertThat(chart(HIGH_LAST, HIGHER_IS_BETTER, null).lowerLimit())
        .isEqualByComparingTo("-55.87878787878788");
  }

  @Test
  void missingPeriodsAreSkippedAndDoNotCount() {
    XmrChart chart =
        chart(
            XmrSeries.of(10, 12, 10, 12, "-", 10, 12, 10, 12, 10, 12, 10), HIGHER_IS_BETTER, null);
    assertThat(chart.variation()).isEqualTo(Variation.NOT_ENOUGH_DATA);
    assertThat(chart.points()).hasSize(11).allMatch(p -> p.value() != null);
  }

  @Test
  void theTwentyFifthValueBackIsDropped() {
    List<XmrPoint> series = new ArrayList<>(XmrSeries.repeat(13, 10, 12).subList(1, 26));
    series.set(0, new XmrPoint(series.get(0).period(), new BigDecimal("500")));
    XmrChart chart = chart(series, HIGHER_IS_BETTER, null);
    assertThat(chart.points()).hasSize(24).isEqualTo(series.subList(1, 25));
    assertThat(chart.mean()).isEqualByComparingTo("11");
    assertThat(chart.upperLimit()).isEqualByComparingTo("16.32");
    assertThat(chart.signals()).isEmpty();
  }

  @Test
  void aSeriesOutOfPeriodOrderIsRefused() {
    List<XmrPoint> series = new ArrayList<>(STEADY);
    series.set(3, series.get(2));
    assertThatThrownBy(() -> chart(series, HIGHER_IS_BETTER, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period order");
  }

  @ParameterizedTest(name = "{0}: a latest value above the upper limit is {1}")
  @CsvSource({
    "HIGHER_IS_BETTER, SPECIAL_CAUSE_IMPROVING",
    "LOWER_IS_BETTER, SPECIAL_CAUSE_CONCERNING",
    "NONE, SPECIAL_CAUSE_HIGH"
  })
  void aHighLatestValueIsSpecialCauseByPolarity(Polarity polarity, Variation expected) {
    XmrChart chart = chart(HIGH_LAST, polarity, null);
    assertThat(chart.signals()).extracting(Signal::rule).containsExactly(SignalRule.OUTSIDE_LIMITS);
    assertThat(chart.variation()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: a latest value below the lower limit is {1}")
  @CsvSource({
    "HIGHER_IS_BETTER, SPECIAL_CAUSE_CONCERNING",
    "LOWER_IS_BETTER, SPECIAL_CAUSE_IMPROVING",
    "NONE, SPECIAL_CAUSE_LOW"
  })
  void aLowLatestValueIsSpecialCauseByPolarity(Polarity polarity, Variation expected) {
    assertThat(chart(LOW_LAST, polarity, null).variation()).isEqualTo(expected);
  }

  @Test
  void theVariationExplainsWhichSignalCoversTheLatestValue() {
    assertThat(chart(HIGH_LAST, HIGHER_IS_BETTER, null).variationExplanation())
        .isEqualTo(
            "The latest value, 2022/23 Q4, shows special cause variation (outside the limits):"
                + " performance has changed for the better, and it is not chance. Look for the"
                + " cause.");
  }

  @Test
  void aSignalThatEndsBeforeTheLatestValueLeavesItCommonCause() {
    // 16, 16 are beyond two thirds of the way to the upper limit; the latest 7 is not.
    XmrChart chart = chart(XmrSeries.of(5, 8, 5, 8, 5, 8, 5, 8, 5, 8, 16, 16, 7), NONE, null);
    assertThat(chart.signals()).extracting(Signal::rule).containsExactly(SignalRule.TWO_OF_THREE);
    assertThat(chart.variation()).isEqualTo(Variation.COMMON_CAUSE);
  }

  @Test
  void aFallingTrendEndingOnTheMeanIsLow() {
    // Mean 11.5; the latest value, 11.5, ends six falling values.
    XmrChart chart =
        chart(XmrSeries.of(10, 12, 10, 12, 10, 10, 14, 13, 12, "11.9", "11.6", "11.5"), NONE, null);
    assertThat(chart.mean()).isEqualByComparingTo("11.5");
    assertThat(chart.signals()).extracting(Signal::rule).containsExactly(SignalRule.TREND);
    assertThat(chart.variation()).isEqualTo(Variation.SPECIAL_CAUSE_LOW);
  }

  @Test
  void aFallingTrendStillAboveTheMeanIsConcerningWhenHigherIsBetter() {
    // Mean 11.115…; the last six values fall from 15 to 12.5, all above it but too few for a shift.
    var series = XmrSeries.of(2, 18, 2, 18, 2, 18, 2, 15, "14.5", 14, "13.5", 13, "12.5");
    XmrChart better = chart(series, HIGHER_IS_BETTER, null);
    assertThat(better.signals()).extracting(Signal::rule).containsExactly(SignalRule.TREND);
    assertThat(better.variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
    assertThat(chart(series, LOWER_IS_BETTER, null).variation())
        .isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    assertThat(chart(series, NONE, null).variation()).isEqualTo(Variation.SPECIAL_CAUSE_LOW);
  }

  @ParameterizedTest(name = "{0} target {1}: {2}")
  @CsvSource({
    "HIGHER_IS_BETTER, 5.68, CONSISTENTLY_PASSING", // at the lower limit
    "HIGHER_IS_BETTER, 5.67, CONSISTENTLY_PASSING",
    "HIGHER_IS_BETTER, 5.69, HIT_AND_MISS",
    "HIGHER_IS_BETTER, 16.32, HIT_AND_MISS", // at the upper limit
    "HIGHER_IS_BETTER, 16.33, CONSISTENTLY_FAILING",
    "LOWER_IS_BETTER, 16.32, CONSISTENTLY_PASSING", // at the upper limit
    "LOWER_IS_BETTER, 16.33, CONSISTENTLY_PASSING",
    "LOWER_IS_BETTER, 16.31, HIT_AND_MISS",
    "LOWER_IS_BETTER, 5.68, HIT_AND_MISS", // at the lower limit
    "LOWER_IS_BETTER, 5.67, CONSISTENTLY_FAILING",
  })
  void assuranceComparesTheTargetWithTheLimits(
      Polarity polarity, String target, Assurance expected) {
    assertThat(chart(STEADY, polarity, target).assurance()).isEqualTo(expected);
  }

  @Test
  void assuranceIsExplainedWithTheLimits() {
    assertThat(chart(STEADY, HIGHER_IS_BETTER, "18").assuranceExplanation())
        .isEqualTo(
            "The target (18) is above the upper process limit (16.32): if nothing changes, it"
                + " will be missed every period; the way the service is run must change to meet"
                + " it.");
    assertThat(chart(STEADY, LOWER_IS_BETTER, "12").assuranceExplanation())
        .isEqualTo(
            "The target (12) lies between the process limits (5.68 and 16.32): it will be met in"
                + " some periods and missed in others, by chance alone.");
  }

  @Test
  void noAssuranceWithoutATargetOrAPolarity() {
    assertThat(chart(STEADY, HIGHER_IS_BETTER, null).assurance()).isNull();
    assertThat(chart(STEADY, HIGHER_IS_BETTER, null).assuranceExplanation())
        .isEqualTo("No assurance: the latest period has no target.");
    assertThat(chart(STEADY, NONE, "11").assurance()).isNull();
    assertThat(chart(STEADY, NONE, "11").assuranceExplanation())
        .isEqualTo("No assurance: the indicator is data only, with no better direction.");
  }

  @Test
  void allEqualValuesPassATargetOnTheMeanAndFailOneBeyondIt() {
    List<XmrPoint> flat = XmrSeries.repeat(12, 7);
    assertThat(chart(flat, HIGHER_IS_BETTER, "7").assurance())
        .isEqualTo(Assurance.CONSISTENTLY_PASSING);
    assertThat(chart(flat, HIGHER_IS_BETTER, "7.01").assurance())
        .isEqualTo(Assurance.CONSISTENTLY_FAILING);
    assertThat(chart(flat, LOWER_IS_BETTER, "7").assurance())
        .isEqualTo(Assurance.CONSISTENTLY_PASSING);
    assertThat(chart(flat, LOWER_IS_BETTER, "6.99").assurance())
        .isEqualTo(Assurance.CONSISTENTLY_FAILING);
  }
}
