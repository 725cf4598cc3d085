package org.goldenthread.indicator.formula;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The formula of a calculated indicator, such as {@code 100 * [RB-02] / [RB-01]}: numbers,
 * indicator codes in square brackets, {@code + - * /}, brackets and minus signs.
 *
 * <p>The text is parsed into a small tree and evaluated with exact decimals; it is never run as
 * code. A missing input or a division by zero gives no value rather than an error or a wrong
 * number. Addition, subtraction and multiplication are exact; division keeps 20 significant digits
 * (half up). The result is not rounded further: round it for display at the indicator's decimal
 * places.
 *
 * <p>Codes are compared ignoring case and surrounding spaces: {@code [ ni 192 ]} refers to {@code
 * NI 192}. Brackets and minus signs may be nested up to 250 deep; there is no limit on the number
 * of terms.
 */
public final class Formula {

  private final String text;
  private final Expression expression;
  private final String canonical;
  private final Set<String> references;

  private Formula(String text, Expression expression) {
    this.text = text;
    this.expression = expression;
    StringBuilder rendered = new StringBuilder();
    expression.render(rendered);
    this.canonical = rendered.toString();
    Set<String> codes = new LinkedHashSet<>();
    expression.collectReferences(codes);
    this.references = Collections.unmodifiableSet(codes);
  }

  /**
   * Reads a formula, or throws a {@link FormulaException} whose message tells the officer what is
   * wrong and at which character.
   */
  public static Formula parse(String text) {
    return new Formula(text, FormulaParser.parse(text));
  }

  /**
   * A code as formulas hold it: without surrounding spaces, in upper case. Use it to match {@link
   * #references()} against indicator codes.
   */
  public static String normalise(String code) {
    int start = 0;
    int end = code.length();
    while (start < end && FormulaLexer.isSpace(code.charAt(start))) {
      start++;
    }
    while (end > start && FormulaLexer.isSpace(code.charAt(end - 1))) {
      end--;
    }
    return code.substring(start, end).toUpperCase(Locale.ROOT);
  }

  /** The formula as it was entered. */
  public String text() {
    return text;
  }

  /**
   * The formula written out the same way whatever the spacing and case it was entered with, with
   * brackets only where they change the meaning: {@code (100*[rb-02])/[RB-01]} becomes {@code 100 *
   * [RB-02] / [RB-01]}. Parsing it gives the same formula.
   */
  public String canonical() {
    return canonical;
  }

  /** The normalised codes the formula uses, each once, in the order they first appear. */
  public Set<String> references() {
    return references;
  }

  /**
   * The formula's value given its inputs' values by code (any case). Empty if a referenced code is
   * absent or null, if two keys for the same code disagree, or if any division has a zero divisor.
   */
  public Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
    Objects.requireNonNull(values, "values");
    Map<String, BigDecimal> inputs = inputs(values);
    BigDecimal result = expression.value(inputs::get);
    if (result == null) {
      return Optional.empty();
    }
    // Division can leave a negative scale (100 / 0.5 is 2.0E+2); the same number, plainly written.
    return Optional.of(result.scale() < 0 ? result.setScale(0) : result);
  }

  /**
   * The values of the referenced codes only. A code given twice in different case with different
   * values has no value: choosing one could give a wrong number.
   */
  private Map<String, BigDecimal> inputs(Map<String, BigDecimal> values) {
    Map<String, BigDecimal> inputs = new HashMap<>();
    Set<String> unusable = new HashSet<>();
    values.forEach(
        (key, value) -> {
          String code = key == null ? null : normalise(key);
          if (code == null || !references.contains(code)) {
            return;
          }
          BigDecimal earlier = value == null ? null : inputs.putIfAbsent(code, value);
          if (value == null || (earlier != null && earlier.compareTo(value) != 0)) {
            unusable.add(code);
          }
        });
    inputs.keySet().removeAll(unusable);
    return inputs;
  }

  /** Formulas are equal when they read the same once normalised. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Formula formula && canonical.equals(formula.canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return canonical;
  }
}
