package org.goldenthread.indicator.formula;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormulaEvaluationTest {

  /** Values given as code, value, code, value... */
  private static Map<String, BigDecimal> values(String... pairs) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1] == null ? null : new BigDecimal(pairs[i + 1]));
    }
    return values;
  }

  private static Optional<BigDecimal> evaluate(String formula, String... pairs) {
    return Formula.parse(formula).evaluate(values(pairs));
  }

  /** The exact decimal, scale included: 0.3 is not 0.30. */
  private static void assertValue(String formula, String expected, String... pairs) {
    assertThat(evaluate(formula, pairs)).contains(new BigDecimal(expected));
  }

  @Test
  void divisionByZeroGivesNoValue() {
    assertThat(evaluate("100 * [RB-02] / [RB-01]", "RB-02", "5", "RB-01", "0")).isEmpty();
  }

  @Test
  void divisionByZeroWrittenWithDecimalsGivesNoValue() {
    assertThat(evaluate("[A] / [B]", "A", "5", "B", "0.00")).isEmpty();
    assertThat(evaluate("[A] / 0.000", "A", "5")).isEmpty();
  }

  @Test
  void divisionByACalculatedZeroGivesNoValue() {
    assertThat(evaluate("[A] / ([B] - [C])", "A", "1", "B", "2.5", "C", "2.50")).isEmpty();
  }

  @Test
  void divisionByZeroAnywhereGivesNoValueEvenWhenItWouldNotMatter() {
    assertThat(evaluate("0 * (1 / 0) + 5")).isEmpty();
  }

  @Test
  void zeroNumeratorGivesZero() {
    Optional<BigDecimal> value = evaluate("100 * [RB-02] / [RB-01]", "RB-02", "0", "RB-01", "7");
    assertThat(value).hasValueSatisfying(v -> assertThat(v.signum()).isZero());
  }

  @Test
  void missingInputGivesNoValue() {
    assertThat(evaluate("100 * [RB-02] / [RB-01]", "RB-02", "5")).isEmpty();
    assertThat(evaluate("[A]")).isEmpty();
  }

  @Test
  void missingInputGivesNoValueEvenWhenMultipliedByZero() {
    assertThat(evaluate("0 * [A] + 1")).isEmpty();
  }

  @Test
  void nullValueGivesNoValue() {
    assertThat(evaluate("[A] + [B]", "A", "1", "B", null)).isEmpty();
  }

  @Test
  void unrelatedValuesAreIgnored() {
    assertValue("[A] + 1", "3", "A", "2", "B", null, "C", "0");
  }

  @Test
  void numbersAloneNeedNoValues() {
    assertValue("2 + 2", "4");
  }

  @Test
  void multiplicationComesBeforeAddition() {
    assertValue("2 + 3 * 4", "14");
    assertValue("2 * 3 + 4", "10");
    assertValue("10 - 6 / 2", "7");
  }

  @Test
  void subtractionRunsLeftToRight() {
    assertValue("10 - 4 - 3", "3");
    assertValue("10 - 4 + 3", "9");
  }

  @Test
  void divisionRunsLeftToRight() {
    assertValue("24 / 4 / 2", "3");
    assertValue("24 / 4 * 2", "12");
  }

  @Test
  void bracketsComeFirst() {
    assertValue("(2 + 3) * 4", "20");
    assertValue("10 - (4 - 3)", "9");
    assertValue("24 / (4 / 2)", "12");
    assertValue("((1 + 2) * (3 + 4)) / 7", "3");
  }

  @Test
  void minusInFrontNegates() {
    assertValue("-[X]", "-5", "X", "5");
    assertValue("2 * -3", "-6");
    assertValue("5 - -3", "8");
    assertValue("-(2 + 3)", "-5");
    assertValue("--4", "4");
    assertValue("-2 * 3 + 1", "-5");
    assertValue("[A] / -[B]", "-2", "A", "4", "B", "2");
  }

  @Test
  void negativeValuesAreUsedAsGiven() {
    assertValue("[A] / [B]", "-2.5", "A", "-10", "B", "4");
    assertValue("[A] * [B]", "12", "A", "-3", "B", "-4");
    assertValue("[A] - [B]", "-7", "A", "-3", "B", "4");
  }

  @Test
  void decimalsAreExact() {
    assertValue("0.1 + 0.2", "0.3");
    assertValue("12.5 + .5", "13.0");
    assertValue("1.10 * 3", "3.30");
    assertValue("[A] - [B]", "0.01", "A", "100.01", "B", "100");
  }

  @Test
  void percentageOfTwoIndicators() {
    assertValue("100 * [RB-02] / [RB-01]", "75", "RB-02", "45", "RB-01", "60");
    assertValue("100 * [RB-02] / [RB-01]", "12.5", "RB-02", "1", "RB-01", "8");
  }

  @Test
  void averageOfTwoIndicators() {
    assertValue("([NI 192] + [BV 82a]) / 2", "40.5", "NI 192", "38", "BV 82A", "43");
  }

  @Test
  void repeatingDecimalKeepsTwentySignificantDigits() {
    assertValue("1 / 3", "0.33333333333333333333");
    assertValue("2 / 3", "0.66666666666666666667");
    assertValue("100 * 1 / 3", "33.333333333333333333");
    assertThat(evaluate("1 / 3").orElseThrow().precision()).isEqualTo(20);
  }

  @Test
  void exactDivisionIsNotPadded() {
    assertThat(evaluate("1 / 4").orElseThrow().toPlainString()).isEqualTo("0.25");
  }

  @Test
  void largeQuotientIsWrittenPlainly() {
    BigDecimal value = evaluate("100 / 0.5").orElseThrow();
    assertThat(value.toString()).isEqualTo("200");
  }

  @Test
  void codesMatchWhateverTheirCaseAndSpacing() {
    assertValue("([ni 192] + [ BV 82a ]) / 2", "40.5", "NI 192", "38", "bv 82A", "43");
  }

  @Test
  void keysMayBeGivenInAnyCase() {
    assertValue("[RB-01] * 2", "6", "rb-01", "3");
    assertValue("[RB-01] * 2", "6", "  Rb-01 ", "3");
  }

  @Test
  void aCodeGivenTwiceWithDifferentValuesGivesNoValue() {
    assertThat(evaluate("[RB-01]", "rb-01", "3", "RB-01", "4")).isEmpty();
    assertThat(evaluate("[RB-01]", "rb-01", null, "RB-01", "4")).isEmpty();
  }

  @Test
  void aCodeGivenTwiceWithTheSameValueIsUsed() {
    assertThat(evaluate("[RB-01]", "rb-01", "3", "RB-01", "3.0"))
        .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("3"));
  }

  @Test
  void aCodeUsedTwiceTakesTheSameValue() {
    assertValue("[A] * [A] - [a]", "6", "A", "3");
  }

  @Test
  void hundredsOfTermsAreAdded() {
    String formula =
        IntStream.rangeClosed(1, 500).mapToObj(i -> "[I" + i + "]").collect(joining(" + "));
    Map<String, BigDecimal> values = new HashMap<>();
    IntStream.rangeClosed(1, 500).forEach(i -> values.put("I" + i, BigDecimal.valueOf(i)));
    assertThat(Formula.parse(formula).evaluate(values)).contains(BigDecimal.valueOf(125_250));
  }

  @Test
  void thousandsOfTermsDoNotOverflowTheStack() {
    String formula = IntStream.range(0, 20_000).mapToObj(i -> "1").collect(joining(" + "));
    assertValue(formula, "20000");
    String products = IntStream.range(0, 20_000).mapToObj(i -> "2 / 2").collect(joining(" * "));
    assertValue(products, "1");
  }

  @Test
  void deepBracketsEvaluate() {
    String nested = "(".repeat(200) + "[A]" + ")".repeat(200);
    assertValue(nested, "7", "A", "7");
    String sums =
        "(".repeat(200) + "0" + IntStream.range(0, 200).mapToObj(i -> " + 1)").collect(joining());
    assertValue(sums, "200");
    String alternating = "1 - (".repeat(200) + "1" + ")".repeat(200);
    assertValue(alternating, "1");
  }
}
