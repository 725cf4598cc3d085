package org.goldenthread.indicator.formula;

/**
 * A formula that cannot be read. The message is written for the council officer who typed it and
 * names the character where the problem is, so a form can show it beside the field as it stands.
 */
public final class FormulaException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int position;

  FormulaException(String message, int position) {
    super(message);
    this.position = position;
  }

  /**
   * Where the problem is, counting the formula's first character as 1; 0 when the problem is the
   * formula as a whole (it is empty).
   */
  public int position() {
    return position;
  }
}
