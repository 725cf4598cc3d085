package org.goldenthread.indicator;

import java.math.BigDecimal;
import org.goldenthread.shared.RuleViolationException;

/** Reading and writing the numbers people type: plain decimals, up to six places. */
public final class Numbers {

  /** Empty, or an optionally negative number with up to 13 digits and 6 decimal places. */
  public static final String PATTERN = "^\\s*$|^\\s*-?(\\d{1,13}(\\.\\d{0,6})?|\\.\\d{1,6})\\s*$";

  private Numbers() {}

  public static BigDecimal parse(String text) {
    return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
  }

  public static BigDecimal parse(String text, String field, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.matches(PATTERN)) {
      throw new RuleViolationException(
          field, "Enter " + what + " as a number with up to 6 decimal places, like 96.5");
    }
    return new BigDecimal(text.trim());
  }

  public static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
