package org.goldenthread.indicator.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a formula into numbers, indicator references, operators and brackets. Problems that can be
 * seen in one place (a stray character, an unclosed {@code [}) are reported here, with a hint where
 * an officer has probably typed what a word processor would accept.
 */
final class FormulaLexer {

  enum Kind {
    NUMBER,
    REFERENCE,
    PLUS,
    MINUS,
    TIMES,
    DIVIDE,
    OPEN,
    CLOSE,
    END
  }

  /**
   * One piece of the formula. {@code text} is as typed (for messages); {@code position} counts the
   * first character as 1.
   */
  record Token(Kind kind, String text, int position) {

    boolean isOperator() {
      return kind == Kind.PLUS || kind == Kind.MINUS || kind == Kind.TIMES || kind == Kind.DIVIDE;
    }
  }

  private static final int LONGEST_QUOTE = 30;

  private final String text;
  private int at;

  private FormulaLexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, ending with an END token. */
  static List<Token> tokens(String text) {
    return new FormulaLexer(text).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (at < text.length() && isSpace(text.charAt(at))) {
        at++;
      }
      if (at == text.length()) {
        tokens.add(new Token(Kind.END, "", at + 1));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    char c = text.charAt(at);
    int start = at;
    switch (c) {
      case '+':
        return single(Kind.PLUS);
      case '-':
        return single(Kind.MINUS);
      case '*':
        return single(Kind.TIMES);
      case '/':
        return single(Kind.DIVIDE);
      case '(':
        return single(Kind.OPEN);
      case ')':
        return single(Kind.CLOSE);
      case '[':
        return reference();
      case ']':
        throw new FormulaException(
            "There is a ‘]’ at character %d with no ‘[’ before it.".formatted(start + 1),
            start + 1);
      default:
        if (isDigit(c) || c == '.') {
          return number();
        }
        if (Character.isLetter(c)) {
          throw bareCode();
        }
        throw unknown(c);
    }
  }

  private Token single(Kind kind) {
    at++;
    return new Token(kind, text.substring(at - 1, at), at);
  }

  private Token number() {
    int start = at;
    while (at < text.length() && (isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
      at++;
    }
    String number = text.substring(start, at);
    long points = number.chars().filter(ch -> ch == '.').count();
    if (points > 1 || number.equals(".")) {
      throw new FormulaException(
          "‘%s’ at character %d is not a number.".formatted(number, start + 1), start + 1);
    }
    return new Token(Kind.NUMBER, number, start + 1);
  }

  /**
   * A code runs to the next {@code ]}; reaching another {@code [} first means one was left open.
   */
  private Token reference() {
    int start = at;
    int end = start + 1;
    while (end < text.length() && text.charAt(end) != ']' && text.charAt(end) != '[') {
      end++;
    }
    if (end == text.length() || text.charAt(end) == '[') {
      throw new FormulaException(
          "‘%s’ at character %d is missing its closing ‘]’."
              .formatted(quote(text.substring(start, end).strip()), start + 1),
          start + 1);
    }
    if (text.substring(start + 1, end).isBlank()) {
      throw new FormulaException(
          "The brackets ‘[]’ at character %d are empty: put an indicator code between them."
              .formatted(start + 1),
          start + 1);
    }
    at = end + 1;
    return new Token(Kind.REFERENCE, text.substring(start, at), start + 1);
  }

  /** Letters outside brackets are most likely an indicator code typed without its brackets. */
  private FormulaException bareCode() {
    int start = at;
    int end = start;
    while (end < text.length() && isCodeCharacter(text.charAt(end))) {
      end++;
    }
    String word = quote(text.substring(start, end));
    if (word.equalsIgnoreCase("x")) {
      return new FormulaException(
          "‘%s’ at character %d cannot be used in a formula. Use * to multiply."
              .formatted(word, start + 1),
          start + 1);
    }
    return new FormulaException(
        "‘%s’ at character %d is not a number. Put indicator codes in [square brackets], like [%s]."
            .formatted(word, start + 1, word),
        start + 1);
  }

  private FormulaException unknown(char c) {
    int position = at + 1;
    String hint =
        switch (c) {
          case '×' -> " Use * to multiply.";
          case '÷' -> " Use / to divide.";
          case '−', '–', '—' -> " Use - (the hyphen key) to subtract.";
          case '%' -> " For a percentage, multiply by 100, for example 100 * [A] / [B].";
          case ',' -> " Write numbers without commas, for example 1000.";
          case '{', '<' -> " Put indicator codes in [square brackets].";
          default -> "";
        };
    return new FormulaException(
        "The character ‘%s’ at character %d cannot be used in a formula.%s"
            .formatted(c, position, hint),
        position);
  }

  private static String quote(String fragment) {
    return fragment.length() <= LONGEST_QUOTE
        ? fragment
        : fragment.substring(0, LONGEST_QUOTE).strip() + "…";
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isCodeCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_';
  }

  /** Includes the non-breaking space that pasting from a document often brings. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
