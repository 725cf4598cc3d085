package org.goldenthread.indicator.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaParseErrorTest {

  private static void assertProblem(String formula, String message, int position) {
    FormulaException problem =
        catchThrowableOfType(FormulaException.class, () -> Formula.parse(formula));
    assertThat(problem).as(formula).isNotNull();
    assertThat(problem.getMessage()).isEqualTo(message);
    assertThat(problem.position()).isEqualTo(position);
  }

  @Test
  void emptyFormulaIsRefused() {
    assertProblem("", "The formula is empty.", 0);
    assertProblem("   \t ", "The formula is empty.", 0);
    assertProblem(null, "The formula is empty.", 0);
  }

  @Test
  void problemsAreIllegalArguments() {
    assertThatThrownBy(() -> Formula.parse("2 +")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unclosedBracketIsPointedAt() {
    assertProblem("2 * (3 + 4", "There is a ‘(’ at character 5 with no ‘)’ to close it.", 5);
    assertProblem("((1 + 2) * 3", "There is a ‘(’ at character 1 with no ‘)’ to close it.", 1);
    assertProblem("[A] * (", "There is a ‘(’ at character 7 with no ‘)’ to close it.", 7);
  }

  @Test
  void closingBracketWithoutOpeningIsPointedAt() {
    assertProblem("2 + 3)", "There is a ‘)’ at character 6 with no ‘(’ before it.", 6);
    assertProblem("(2 + 3))", "There is a ‘)’ at character 8 with no ‘(’ before it.", 8);
  }

  @Test
  void missingOperandIsPointedAt() {
    assertProblem(
        "[RB-01] ()", "Expected an operator (+, -, * or /) at character 9, before ‘(’.", 9);
    assertProblem(
        "2 * (1 + ()",
        "Expected a number or an indicator code in [square brackets] at character 11, but"
            + " found ‘)’.",
        11);
    assertProblem(
        "* 2",
        "Expected a number or an indicator code in [square brackets] at character 1, but found"
            + " ‘*’.",
        1);
    assertProblem(
        "(/ 2)",
        "Expected a number or an indicator code in [square brackets] at character 2, but found"
            + " ‘/’.",
        2);
  }

  @Test
  void twoOperatorsInARowAreRefused() {
    assertProblem("2 + * 3", "There are two operators in a row, ‘+’ and ‘*’, at character 5.", 5);
    assertProblem("2 * / 3", "There are two operators in a row, ‘*’ and ‘/’, at character 5.", 5);
    assertProblem("2 + + 3", "There are two operators in a row, ‘+’ and ‘+’, at character 5.", 5);
    assertProblem("2 - * 3", "There are two operators in a row, ‘-’ and ‘*’, at character 5.", 5);
  }

  @Test
  void trailingOperatorIsRefused() {
    assertProblem(
        "[A] +",
        "The formula ends with ‘+’: put a number or an indicator code in [square brackets] after"
            + " it.",
        5);
    assertProblem(
        "2 * -",
        "The formula ends with ‘-’: put a number or an indicator code in [square brackets] after"
            + " it.",
        5);
    assertProblem(
        "2 /   ",
        "The formula ends with ‘/’: put a number or an indicator code in [square brackets] after"
            + " it.",
        3);
  }

  @Test
  void unclosedCodeIsQuoted() {
    assertProblem("100 * [RB-02", "‘[RB-02’ at character 7 is missing its closing ‘]’.", 7);
    assertProblem("[RB-02 / [RB-01]", "‘[RB-02 /’ at character 1 is missing its closing ‘]’.", 1);
  }

  @Test
  void veryLongUnclosedCodeIsShortened() {
    assertProblem(
        "[" + "A".repeat(100),
        "‘[" + "A".repeat(29) + "…’ at character 1 is missing its closing ‘]’.",
        1);
  }

  @Test
  void closingSquareBracketWithoutOpeningIsPointedAt() {
    assertProblem("2 ] 3", "There is a ‘]’ at character 3 with no ‘[’ before it.", 3);
    assertProblem(
        "RB-01] + 1",
        "‘RB-01’ at character 1 is not a number. Put indicator codes in"
            + " [square brackets], like [RB-01].",
        1);
  }

  @Test
  void emptySquareBracketsAreRefused() {
    assertProblem(
        "[] + 1",
        "The brackets ‘[]’ at character 1 are empty: put an indicator code between them.",
        1);
    assertProblem(
        "1 + [   ]",
        "The brackets ‘[]’ at character 5 are empty: put an indicator code between them.",
        5);
  }

  @Test
  void codeWithoutSquareBracketsIsRefusedWithAHint() {
    assertProblem(
        "100 * RB-02 / [RB-01]",
        "‘RB-02’ at character 7 is not a number. Put indicator codes in [square brackets], like"
            + " [RB-02].",
        7);
  }

  @Test
  void unknownCharacterIsNamed() {
    assertProblem("2 & 3", "The character ‘&’ at character 3 cannot be used in a formula.", 3);
    assertProblem(
        "[A] / [B] %",
        "The character ‘%’ at character 11 cannot be used in a formula. For a percentage,"
            + " multiply by 100, for example 100 * [A] / [B].",
        11);
  }

  @Test
  void wordProcessorSymbolsGetAHint() {
    assertProblem(
        "2 × 3",
        "The character ‘×’ at character 3 cannot be used in a formula. Use * to multiply.",
        3);
    assertProblem(
        "2 ÷ 3",
        "The character ‘÷’ at character 3 cannot be used in a formula. Use / to divide.",
        3);
    assertProblem(
        "2 – 3",
        "The character ‘–’ at character 3 cannot be used in a formula. Use - (the hyphen key) to"
            + " subtract.",
        3);
    assertProblem(
        "1,000 * [A]",
        "The character ‘,’ at character 2 cannot be used in a formula. Write numbers without"
            + " commas, for example 1000.",
        2);
    assertProblem("2 x 3", "‘x’ at character 3 cannot be used in a formula. Use * to multiply.", 3);
  }

  @Test
  void malformedNumberIsRefused() {
    assertProblem("1.2.3 + 1", "‘1.2.3’ at character 1 is not a number.", 1);
    assertProblem("2 * .", "‘.’ at character 5 is not a number.", 5);
  }

  @Test
  void operandsSideBySideNeedAnOperator() {
    assertProblem("2 [A]", "Expected an operator (+, -, * or /) at character 3, before ‘[A]’.", 3);
    assertProblem("(1)(2)", "Expected an operator (+, -, * or /) at character 4, before ‘(’.", 4);
    assertProblem("(1 2)", "Expected an operator (+, -, * or /) at character 4, before ‘2’.", 4);
  }

  @Test
  void nestingUpToTheLimitIsAccepted() {
    int limit = FormulaParser.MAX_NESTING;
    assertThat(limit).isEqualTo(250);
    Formula brackets = Formula.parse("(".repeat(limit) + "1" + ")".repeat(limit));
    assertThat(brackets.canonical()).isEqualTo("1");
    assertThat(Formula.parse("-".repeat(limit) + "1").canonical()).hasSize(limit + 1);
  }

  @Test
  void nestingBeyondTheLimitIsRefusedPlainly() {
    assertProblem(
        "(".repeat(251) + "1" + ")".repeat(251),
        "The formula is nested too deeply at character 251: it has more than 250 brackets or"
            + " minus signs inside one another.",
        251);
    assertProblem(
        "2 * " + "-".repeat(251) + "1",
        "The formula is nested too deeply at character 255: it has more than 250 brackets or"
            + " minus signs inside one another.",
        255);
  }

  @Test
  void deepestNestingFitsASmallStack() throws InterruptedException {
    int limit = FormulaParser.MAX_NESTING;
    String formula = "(".repeat(limit - 1) + "-[A]" + ")".repeat(limit - 1);
    Throwable[] failure = new Throwable[1];
    Runnable work =
        () -> {
          try {
            Formula parsed = Formula.parse(formula);
            parsed.evaluate(Map.of("A", BigDecimal.ONE));
            Formula.parse(parsed.canonical());
          } catch (Throwable t) {
            failure[0] = t;
          }
        };
    Thread thread = new Thread(null, work, "small-stack", 512 * 1024);
    thread.start();
    thread.join();
    assertThat(failure[0]).isNull();
  }
}
