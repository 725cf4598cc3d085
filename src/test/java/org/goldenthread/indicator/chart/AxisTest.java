package org.goldenthread.indicator.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.junit.jupiter.api.Test;

class AxisTest {

  private static List<BigDecimal> figures(String... figures) {
    return Arrays.stream(figures).map(BigDecimal::new).toList();
  }

  @Test
  void aPercentageBetween82And91WithATargetOf90Runs80To95NotFromZero() {
    Axis axis = Axis.of(figures("82.4", "91", "86.5", "90"), Unit.PERCENT, 1);

    assertThat(axis.low()).isEqualByComparingTo("80");
    assertThat(axis.high()).isEqualByComparingTo("95");
    assertThat(axis.labels()).containsExactly("80%", "85%", "90%", "95%");
  }

  @Test
  void zeroJoinsTheRangeWhenItIsClose() {
    assertThat(Axis.of(figures("10", "30"), Unit.NUMBER, 0).low()).isEqualByComparingTo("0");
    assertThat(Axis.of(figures("60", "100"), Unit.NUMBER, 0).low()).isEqualByComparingTo("60");
  }

  @Test
  void aCountKeepsZeroWhenItsLowestIsWithinThreeQuartersOfItsHighest() {
    assertThat(Axis.of(figures("60", "100"), Unit.COUNT, 0).low()).isEqualByComparingTo("0");
    assertThat(Axis.of(figures("400", "450"), Unit.COUNT, 0).low()).isGreaterThan(BigDecimal.ZERO);
  }

  @Test
  void negativeFiguresGetRoundTicksWrittenWithAMinusSign() {
    Axis below = Axis.of(figures("-95", "-81"), Unit.NUMBER, 0);
    assertThat(below.high()).isLessThan(BigDecimal.ZERO);
    assertThat(below.labels()).first().isEqualTo("−95");

    Axis across = Axis.of(figures("-40", "25"), Unit.MONEY, 0);
    assertThat(across.ticks()).anyMatch(t -> t.signum() == 0);
    assertThat(across.labels()).contains("−£40", "£0");

    Axis near = Axis.of(figures("-12", "-3"), Unit.NUMBER, 0);
    assertThat(near.high()).isEqualByComparingTo("0");
  }

  @Test
  void aSingleFigureOrFiguresAllAlikeStillGetARangeAroundThem() {
    Axis one = Axis.of(figures("85"), Unit.PERCENT, 0);
    assertThat(one.low()).isLessThan(new BigDecimal("85"));
    assertThat(one.high()).isGreaterThan(new BigDecimal("85"));

    Axis full = Axis.of(figures("100", "100"), Unit.PERCENT, 0);
    assertThat(full.high()).isEqualByComparingTo("100");
    assertThat(full.low()).isLessThan(new BigDecimal("100"));

    Axis zero = Axis.of(figures("0", "0"), Unit.COUNT, 0);
    assertThat(zero.low()).isEqualByComparingTo("0");
    assertThat(zero.high()).isPositive();
  }

  @Test
  void ticksAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTenFourToSixOfThemAroundTheFigures() {
    Random random = new Random(11);
    for (int k = 0; k < 2000; k++) {
      double scale = Math.pow(10, random.nextInt(9) - 2);
      BigDecimal a = BigDecimal.valueOf(Math.round(random.nextDouble() * 1000) * scale / 10);
      BigDecimal b = a.add(BigDecimal.valueOf(Math.round(random.nextDouble() * 1000 + 1) * scale));
      int places = 6;
      Axis axis = Axis.of(List.of(a, b), Unit.NUMBER, places);

      String factor = axis.step().unscaledValue().toString();
      assertThat(factor).as(axis.toString()).isIn("1", "2", "25", "5");
      assertThat(axis.ticks().size()).as(axis.toString()).isBetween(3, 6);
      assertThat(axis.low()).isLessThanOrEqualTo(a.min(b));
      assertThat(axis.high()).isGreaterThanOrEqualTo(a.max(b));
      assertThat(axis.labels()).doesNotHaveDuplicates();
    }
  }

  @Test
  void ticksAreNoFinerThanTheIndicatorsDecimalPlaces() {
    Axis count = Axis.of(figures("2", "3"), Unit.COUNT, 0);
    assertThat(count.step().scale()).isLessThanOrEqualTo(0);
    assertThat(count.labels()).allMatch(l -> !l.contains("."));

    Axis days = Axis.of(figures("3.2", "4.9"), Unit.DAYS, 1);
    assertThat(days.labels()).contains("3.5 days", "4.5 days");
  }

  @Test
  void moneyIsWrittenInMillionsOrThousandsAndLargeNumbersWithCommas() {
    assertThat(Axis.of(figures("1150000", "1390000"), Unit.MONEY, 0).labels())
        .contains("£1.2m", "£1.3m");
    assertThat(Axis.of(figures("210000", "290000"), Unit.MONEY, 0).labels()).contains("£250k");
    assertThat(Axis.of(figures("1210", "1720"), Unit.NUMBER, 0).labels()).contains("1,400");
    assertThat(Axis.of(figures("1210", "1720"), Unit.MONEY, 0).labels()).contains("£1,400");
  }

  @Test
  void theLatestValuesLabelIsShortForMillionsAndThousandsOfPounds() {
    Measure money = new Measure(Unit.MONEY, 0, Polarity.LOWER_IS_BETTER, Tolerance.NONE);
    assertThat(TrendWords.label(new BigDecimal("1310000"), money)).isEqualTo("£1.31m");
    assertThat(TrendWords.label(new BigDecimal("1300000"), money)).isEqualTo("£1.3m");
    assertThat(TrendWords.label(new BigDecimal("250400"), money)).isEqualTo("£250k");
    assertThat(TrendWords.label(new BigDecimal("1250"), money)).isEqualTo("£1,250");
    Measure percent = new Measure(Unit.PERCENT, 1, Polarity.HIGHER_IS_BETTER, Tolerance.NONE);
    assertThat(TrendWords.label(new BigDecimal("85.25"), percent)).isEqualTo("85.3%");
  }
}
