package org.goldenthread.indicator.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed formula: a small tree evaluated with exact decimals, never run as code. Each value
 * method returns null for "no value" (a missing input or a zero divisor), which {@link Formula}
 * turns into an empty Optional at its edge.
 */
sealed interface Expression {

  /**
   * Division is the only inexact operation; 20 significant digits is far beyond any displayed
   * value, so rounding here never shows.
   */
  MathContext DIVISION = new MathContext(20, RoundingMode.HALF_UP);

  /** The value, or null if an input is missing or a divisor is zero. */
  BigDecimal value(Function<String, BigDecimal> inputs);

  void collectReferences(Set<String> codes);

  void render(StringBuilder out);

  /** How tightly this binds when rendered inside another expression (higher binds tighter). */
  default int precedence() {
    return Operator.ATOM;
  }

  record Literal(BigDecimal number) implements Expression {
    @Override
    public BigDecimal value(Function<String, BigDecimal> inputs) {
      return number;
    }

    @Override
    public void collectReferences(Set<String> codes) {}

    @Override
    public void render(StringBuilder out) {
      out.append(number.toPlainString());
    }
  }

  /** An indicator's value, by its normalised code. */
  record Reference(String code) implements Expression {
    @Override
    public BigDecimal value(Function<String, BigDecimal> inputs) {
      return inputs.apply(code);
    }

    @Override
    public void collectReferences(Set<String> codes) {
      codes.add(code);
    }

    @Override
    public void render(StringBuilder out) {
      out.append('[').append(code).append(']');
    }
  }

  record Negation(Expression operand) implements Expression {
    @Override
    public BigDecimal value(Function<String, BigDecimal> inputs) {
      BigDecimal value = operand.value(inputs);
      return value == null ? null : value.negate();
    }

    @Override
    public void collectReferences(Set<String> codes) {
      operand.collectReferences(codes);
    }

    @Override
    public void render(StringBuilder out) {
      out.append('-');
      Chain.renderInside(operand, Operator.ATOM, true, out);
    }
  }

  /**
   * Operands joined left to right by operators of one precedence ({@code a - b + c}, or {@code a *
   * b / c}). Holding a run as a list rather than nested pairs keeps a formula of hundreds of terms
   * from becoming hundreds of levels deep, so evaluating and rendering it cannot overflow the
   * stack.
   */
  record Chain(Expression first, List<Step> steps) implements Expression {

    public Chain {
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("A chain joins at least two operands.");
      }
      steps = List.copyOf(steps);
    }

    @Override
    public BigDecimal value(Function<String, BigDecimal> inputs) {
      BigDecimal result = first.value(inputs);
      for (Step step : steps) {
        if (result == null) {
          return null;
        }
        result = step.operator().apply(result, step.operand().value(inputs));
      }
      return result;
    }

    @Override
    public void collectReferences(Set<String> codes) {
      first.collectReferences(codes);
      steps.forEach(step -> step.operand().collectReferences(codes));
    }

    @Override
    public void render(StringBuilder out) {
      renderInside(first, precedence(), true, out);
      for (Step step : steps) {
        out.append(' ').append(step.operator().symbol()).append(' ');
        renderInside(step.operand(), precedence(), false, out);
      }
    }

    @Override
    public int precedence() {
      return steps.get(0).operator().precedence();
    }

    /**
     * Brackets only where leaving them out would read back as a different tree: a looser child, or
     * an equal one anywhere but first (as {@code a - (b - c)} differs from {@code a - b - c}).
     */
    static void renderInside(Expression child, int parent, boolean first, StringBuilder out) {
      boolean brackets = child.precedence() < parent || (child.precedence() == parent && !first);
      if (brackets) {
        out.append('(');
      }
      child.render(out);
      if (brackets) {
        out.append(')');
      }
    }
  }

  record Step(Operator operator, Expression operand) {}

  enum Operator {
    PLUS('+', 1),
    MINUS('-', 1),
    TIMES('*', 2),
    DIVIDE('/', 2);

    static final int ATOM = 3;

    private final char symbol;
    private final int precedence;

    Operator(char symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    char symbol() {
      return symbol;
    }

    int precedence() {
      return precedence;
    }

    /** Null in, null out; a zero divisor (including 0.00) gives null, not an exception. */
    BigDecimal apply(BigDecimal left, BigDecimal right) {
      if (left == null || right == null) {
        return null;
      }
      return switch (this) {
        case PLUS -> left.add(right);
        case MINUS -> left.subtract(right);
        case TIMES -> left.multiply(right);
        case DIVIDE -> right.signum() == 0 ? null : left.divide(right, DIVISION);
      };
    }
  }
}
