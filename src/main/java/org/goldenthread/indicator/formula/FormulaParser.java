package org.goldenthread.indicator.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.formula.Expression.Chain;
import org.goldenthread.indicator.formula.Expression.Literal;
import org.goldenthread.indicator.formula.Expression.Negation;
import org.goldenthread.indicator.formula.Expression.Operator;
import org.goldenthread.indicator.formula.Expression.Reference;
import org.goldenthread.indicator.formula.Expression.Step;
import org.goldenthread.indicator.formula.FormulaLexer.Kind;
import org.goldenthread.indicator.formula.FormulaLexer.Token;

/**
 * Reads tokens into an {@link Expression}: {@code * /} bind tighter than {@code + -}, both left to
 * right, and a minus sign in front of an operand negates it.
 *
 * <pre>
 *   sum     = product (("+" | "-") product)*
 *   product = unary (("*" | "/") unary)*
 *   unary   = "-" unary | operand
 *   operand = number | "[" code "]" | "(" sum ")"
 * </pre>
 *
 * <p>Brackets and minus signs are read recursively, so their nesting is limited to {@link
 * #MAX_NESTING}; runs of terms are read in a loop and have no limit.
 */
final class FormulaParser {

  /**
   * Far beyond any real formula, and well below what would exhaust a thread's stack: measured, a
   * 512 KB stack holds about three times this depth, and a default 1 MB stack about seven times.
   */
  static final int MAX_NESTING = 250;

  private final List<Token> tokens;
  private int next;
  private int nesting;

  private FormulaParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Expression parse(String text) {
    if (text == null || text.chars().allMatch(c -> FormulaLexer.isSpace((char) c))) {
      throw new FormulaException("The formula is empty.", 0);
    }
    FormulaParser parser = new FormulaParser(FormulaLexer.tokens(text));
    Expression expression = parser.chain(true);
    Token after = parser.peek();
    if (after.kind() == Kind.CLOSE) {
      throw new FormulaException(
          "There is a ‘)’ at character %d with no ‘(’ before it.".formatted(after.position()),
          after.position());
    }
    parser.expectEnd(after);
    return expression;
  }

  /**
   * A run of operands joined by operators of one precedence. A bracketed run of the same precedence
   * at the front is taken in, since {@code (a - b) - c} is {@code a - b - c}; that way a formula
   * and its canonical form read back as the same tree.
   */
  private Expression chain(boolean additive) {
    Expression first = additive ? chain(false) : unary();
    List<Step> steps = new ArrayList<>();
    int precedence = additive ? 1 : 2;
    if (first instanceof Chain inner && inner.precedence() == precedence) {
      first = inner.first();
      steps.addAll(inner.steps());
    }
    while (isOperatorOf(peek(), precedence)) {
      Operator operator = operator(take());
      steps.add(new Step(operator, additive ? chain(false) : unary()));
    }
    return steps.isEmpty() ? first : new Chain(first, steps);
  }

  private Expression unary() {
    if (peek().kind() != Kind.MINUS) {
      return operand();
    }
    Token minus = take();
    deeper(minus);
    Expression negated = new Negation(unary());
    nesting--;
    return negated;
  }

  private Expression operand() {
    Token token = peek();
    switch (token.kind()) {
      case NUMBER:
        take();
        return new Literal(new BigDecimal(token.text()));
      case REFERENCE:
        take();
        String code = token.text().substring(1, token.text().length() - 1);
        return new Reference(Formula.normalise(code));
      case OPEN:
        take();
        deeper(token);
        Expression inside = chain(true);
        nesting--;
        Token close = peek();
        if (close.kind() == Kind.END) {
          throw unclosed(token);
        }
        if (close.kind() != Kind.CLOSE) {
          expectEnd(close);
        }
        take();
        return inside;
      default:
        throw expectedOperand(token);
    }
  }

  private FormulaException expectedOperand(Token found) {
    Token before = next > 0 ? tokens.get(next - 1) : null;
    if (found.kind() == Kind.END && before != null && before.kind() == Kind.OPEN) {
      return unclosed(before);
    }
    if (found.kind() == Kind.END && before != null && before.isOperator()) {
      return new FormulaException(
          "The formula ends with ‘%s’: put a number or an indicator code in [square brackets] after it."
              .formatted(before.text()),
          before.position());
    }
    if (found.isOperator() && before != null && before.isOperator()) {
      return new FormulaException(
          "There are two operators in a row, ‘%s’ and ‘%s’, at character %d."
              .formatted(before.text(), found.text(), found.position()),
          found.position());
    }
    String but = found.kind() == Kind.END ? "" : ", but found ‘%s’".formatted(found.text());
    return new FormulaException(
        "Expected a number or an indicator code in [square brackets] at character %d%s."
            .formatted(found.position(), but),
        found.position());
  }

  /** Two operands side by side, as in {@code 2 [RB-01]}: there is no implied multiplication. */
  private void expectEnd(Token token) {
    if (token.kind() != Kind.END) {
      throw new FormulaException(
          "Expected an operator (+, -, * or /) at character %d, before ‘%s’."
              .formatted(token.position(), token.text()),
          token.position());
    }
  }

  private static FormulaException unclosed(Token open) {
    return new FormulaException(
        "There is a ‘(’ at character %d with no ‘)’ to close it.".formatted(open.position()),
        open.position());
  }

  private void deeper(Token token) {
    nesting++;
    if (nesting > MAX_NESTING) {
      throw new FormulaException(
          ("The formula is nested too deeply at character %d: it has more than %d brackets or"
                  + " minus signs inside one another.")
              .formatted(token.position(), MAX_NESTING),
          token.position());
    }
  }

  private static boolean isOperatorOf(Token token, int precedence) {
    return token.isOperator() && operator(token).precedence() == precedence;
  }

  private static Operator operator(Token token) {
    return switch (token.kind()) {
      case PLUS -> Operator.PLUS;
      case MINUS -> Operator.MINUS;
      case TIMES -> Operator.TIMES;
      case DIVIDE -> Operator.DIVIDE;
      default -> throw new IllegalStateException("Not an operator: " + token);
    };
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    return tokens.get(next++);
  }
}
