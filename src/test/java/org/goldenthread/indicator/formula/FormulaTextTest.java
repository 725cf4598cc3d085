package org.goldenthread.indicator.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTextTest {

  @Test
  void textIsKeptAsEntered() {
    assertThat(Formula.parse("  100*[rb-02] /[RB-01] ").text())
        .isEqualTo("  100*[rb-02] /[RB-01] ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "100*[rb-02]/[ RB-01 ]       | 100 * [RB-02] / [RB-01]",
        "(100 * [A]) / [B]           | 100 * [A] / [B]",
        "100 * ([A] / [B])           | 100 * ([A] / [B])",
        "([NI 192] + [bv 82a]) / 2   | ([NI 192] + [BV 82A]) / 2",
        "[A] - ([B] - [C])           | [A] - ([B] - [C])",
        "([A] - [B]) - [C]           | [A] - [B] - [C]",
        "[A] + ([B] * [C])           | [A] + [B] * [C]",
        "[A] / ([B] * [C])           | [A] / ([B] * [C])",
        "((([A])))                   | [A]",
        "-(1 + 2)                    | -(1 + 2)",
        "- ( 2 * 3 )                 | -(2 * 3)",
        "2*-3                        | 2 * -3",
        "5 - - 3                     | 5 - -3",
        ".5 + 12. + 007.50           | 0.5 + 12 + 7.50",
      })
  void canonicalFormIsTidyWithBracketsOnlyWhereNeeded(String text, String canonical) {
    assertThat(Formula.parse(text).canonical()).isEqualTo(canonical);
  }

  @Test
  void whitespaceOfAnyKindIsIgnored() {
    assertThat(Formula.parse("\t1\n+\u00a02 ").canonical()).isEqualTo("1 + 2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "100 * [RB-02] / [RB-01]",
        "[A] - ([B] - [C]) * -([D] / ([E] + 1))",
        "(([A] + [B]) * ([C] - [D])) / (([A] - 1) / 3)",
        "-(-[A] - -[B]) / 7 * (1 / 3)",
      })
  void canonicalFormReadsBackAsTheSameFormula(String text) {
    Formula formula = Formula.parse(text);
    Formula reread = Formula.parse(formula.canonical());
    assertThat(reread.canonical()).isEqualTo(formula.canonical());
    assertThat(reread).isEqualTo(formula);
    Map<String, BigDecimal> values =
        Map.of(
            "A", new BigDecimal("7"),
            "B", new BigDecimal("-2.5"),
            "C", new BigDecimal("3"),
            "D", new BigDecimal("11"),
            "E", new BigDecimal("0.3"),
            "RB-01", new BigDecimal("9"),
            "RB-02", new BigDecimal("4"));
    assertThat(reread.evaluate(values)).isEqualTo(formula.evaluate(values)).isPresent();
  }

  @Test
  void codesMayContainSpacesHyphensDotsAndSlashes() {
    Formula formula = Formula.parse("[NI 192] + [BV 12a] + [HR-01] + [LPI 1.2/b] + [a_b (c)]");
    assertThat(formula.references())
        .containsExactly("NI 192", "BV 12A", "HR-01", "LPI 1.2/B", "A_B (C)");
  }

  @Test
  void referencesAreListedOnceInTheOrderTheyFirstAppear() {
    Formula formula = Formula.parse("[B] + [a] + [ b ] * [A] / [C]");
    assertThat(formula.references()).containsExactly("B", "A", "C");
  }

  @Test
  void aFormulaOfNumbersHasNoReferences() {
    assertThat(Formula.parse("1 + 2").references()).isEmpty();
  }

  @Test
  void referencesCannotBeChanged() {
    Formula formula = Formula.parse("[A]");
    assertThatThrownBy(() -> formula.references().add("B"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void formulasThatReadTheSameAreEqual() {
    assertThat(Formula.parse("(100*[rb-02])/[RB-01]"))
        .isEqualTo(Formula.parse("100 * [RB-02] / [RB-01]"))
        .hasSameHashCodeAs(Formula.parse("100 * [RB-02] / [RB-01]"))
        .isNotEqualTo(Formula.parse("100 * ([RB-02] / [RB-01])"))
        .hasToString("100 * [RB-02] / [RB-01]");
  }

  @Test
  void codesAreNormalisedByTrimmingAndUpperCase() {
    assertThat(Formula.normalise("  ni 192\u00a0")).isEqualTo("NI 192");
    assertThat(Formula.normalise("bv 82a")).isEqualTo("BV 82A");
  }
}
