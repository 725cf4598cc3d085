package org.goldenthread.indicator.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.junit.jupiter.api.Test;

class OutturnRiskTest {

  private static final Tolerance FIVE_PERCENT = Tolerance.percent("5");

  private static BigDecimal d(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static OutturnRisk higher(String forecast, String projection, String target) {
    return OutturnRisk.of(
        d(forecast), d(projection), d(target), Polarity.HIGHER_IS_BETTER, FIVE_PERCENT);
  }

  private static OutturnRisk lower(String forecast, String projection, String target) {
    return OutturnRisk.of(
        d(forecast), d(projection), d(target), Polarity.LOWER_IS_BETTER, FIVE_PERCENT);
  }

  @Test
  void noneWhenBothFiguresMeetTheTarget() {
    assertThat(higher("100", "120", "100")).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void atRiskWhenTheForecastIsRedThoughTheProjectionIsGreen() {
    assertThat(higher("90", "120", "100")).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void atRiskWhenTheProjectionIsRedThoughTheForecastIsGreen() {
    assertThat(higher("120", "90", "100")).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void atRiskWhenOneIsAmberAndTheOtherRed() {
    assertThat(higher("96", "90", "100")).isEqualTo(OutturnRisk.AT_RISK);
    assertThat(higher("90", "96", "100")).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void watchWhenTheForecastIsAmberAndTheProjectionGreen() {
    assertThat(higher("96", "120", "100")).isEqualTo(OutturnRisk.WATCH);
  }

  @Test
  void watchWhenAFigureIsExactlyOnTheEdgeOfTheBandAndAtRiskJustBeyondIt() {
    assertThat(higher(null, "95", "100")).isEqualTo(OutturnRisk.WATCH);
    assertThat(higher(null, "94.999999", "100")).isEqualTo(OutturnRisk.AT_RISK);
    assertThat(lower(null, "105", "100")).isEqualTo(OutturnRisk.WATCH);
    assertThat(lower(null, "105.000001", "100")).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void lowerIsBetterMirrorsTheRule() {
    assertThat(lower("90", "100", "100")).isEqualTo(OutturnRisk.NONE);
    assertThat(lower("120", "90", "100")).isEqualTo(OutturnRisk.AT_RISK);
    assertThat(higher("120", "90", "100")).isEqualTo(OutturnRisk.AT_RISK);
    assertThat(lower("90", "120", "100")).isEqualTo(OutturnRisk.AT_RISK);
  }

  @Test
  void noneWhenNeitherFigureIsGiven() {
    assertThat(higher(null, null, "100")).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void noneWithoutAnAnnualTargetHoweverBadTheFigures() {
    assertThat(higher("-1000", "-1000", null)).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void noneForADataOnlyIndicator() {
    assertThat(OutturnRisk.of(d("1"), d("1"), d("100"), Polarity.NONE, FIVE_PERCENT))
        .isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void aZeroAnnualTargetWithAPercentageToleranceHasNoAmberBand() {
    assertThat(higher(null, "-0.1", "0")).isEqualTo(OutturnRisk.AT_RISK);
    assertThat(lower(null, "0.1", "0")).isEqualTo(OutturnRisk.AT_RISK);
    assertThat(lower(null, "0", "0")).isEqualTo(OutturnRisk.NONE);
  }

  @Test
  void anAbsoluteToleranceGivesItsOwnBand() {
    Tolerance two = Tolerance.absolute("2");
    assertThat(OutturnRisk.of(null, d("98"), d("100"), Polarity.HIGHER_IS_BETTER, two))
        .isEqualTo(OutturnRisk.WATCH);
    assertThat(OutturnRisk.of(null, d("97.9"), d("100"), Polarity.HIGHER_IS_BETTER, two))
        .isEqualTo(OutturnRisk.AT_RISK);
  }
}
