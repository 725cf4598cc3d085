package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;
import org.junit.jupiter.api.Test;

/** The figure the entry form shows from a numerator and denominator, before anything is sent. */
class WorkedOutTest {

  private static Indicator ratio(Unit unit, int places) {
    Indicator indicator = new Indicator("PI-1", "Claims decided on time");
    indicator.measure(
        unit,
        Polarity.HIGHER_IS_BETTER,
        PeriodType.QUARTER,
        Aggregation.RATIO,
        false,
        places,
        null);
    return indicator;
  }

  private static String sentence(Indicator indicator, String numerator, String denominator) {
    return WorkedOut.sentence(indicator, new Figures(), numerator, denominator);
  }

  @Test
  void aPercentageIsTheRatioTimesAHundredRoundedToTheIndicatorsPlaces() {
    assertThat(sentence(ratio(Unit.PERCENT, 1), "350", "400"))
        .isEqualTo("Worked out: 87.5% (350 ÷ 400)");
    assertThat(sentence(ratio(Unit.PERCENT, 1), "2", "3")).isEqualTo("Worked out: 66.7% (2 ÷ 3)");
    assertThat(sentence(ratio(Unit.PERCENT, 0), "1", "8")).isEqualTo("Worked out: 13% (1 ÷ 8)");
  }

  @Test
  void aRatioIsNotMultiplied() {
    assertThat(sentence(ratio(Unit.RATIO, 2), "350", "400"))
        .isEqualTo("Worked out: 0.88 (350 ÷ 400)");
  }

  @Test
  void aZeroDenominatorHasNoFigureAndSaysWhy() {
    assertThat(sentence(ratio(Unit.PERCENT, 1), "5", "0"))
        .isEqualTo("Worked out: — (the denominator is 0, so there is no figure)");
    assertThat(sentence(ratio(Unit.PERCENT, 1), "5", "0.000"))
        .isEqualTo("Worked out: — (the denominator is 0, so there is no figure)");
  }

  @Test
  void aBlankOrUnreadablePartHasNoFigureAndSaysWhy() {
    assertThat(sentence(ratio(Unit.PERCENT, 1), "350", " "))
        .isEqualTo("Worked out: — (enter the numerator and the denominator)");
    assertThat(sentence(ratio(Unit.PERCENT, 1), null, "400"))
        .isEqualTo("Worked out: — (enter the numerator and the denominator)");
    assertThat(sentence(ratio(Unit.PERCENT, 1), "3 50", "400"))
        .isEqualTo("Worked out: — (the numerator is not a number)");
    assertThat(sentence(ratio(Unit.PERCENT, 1), "350", "four hundred"))
        .isEqualTo("Worked out: — (the denominator is not a number)");
  }
}
