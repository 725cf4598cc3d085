package org.goldenthread.indicator.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.goldenthread.spreadsheet.Parsed;

/**
 * Reads a number from an import file exactly as written: up to 13 digits before the decimal point
 * and 6 after, optionally negative. A spreadsheet's thousands separators (1,250) and a trailing
 * percent sign (as Excel shows a percentage cell: 96.5%) are allowed, since that is how the cell
 * reads; nothing is rounded.
 */
final class ImportNumbers {

  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

  private ImportNumbers() {}

  /** Reads {@code text}; empty text reads as no number and no problem. */
  static Parsed<BigDecimal> read(String text, String what) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      return Parsed.of(null);
    }
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    if (t.indexOf(',') >= 0 && GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    if (!PLAIN.matcher(t).matches()) {
      return Parsed.refused(
          "\""
              + text.trim()
              + "\" is not a number. Enter "
              + what
              + " as a number like 96.5, without words or units.");
    }
    String digits = t.startsWith("-") ? t.substring(1) : t;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    String decimals = point < 0 ? "" : digits.substring(point + 1);
    int zeros = 0;
    while (zeros < whole.length() - 1 && whole.charAt(zeros) == '0') {
      zeros++;
    }
    whole = whole.substring(zeros);
    if (whole.length() > 13) {
      return Parsed.refused(
          "The "
              + what
              + " "
              + text.trim()
              + " has more than 13 digits before the decimal point, more than Golden Thread can"
              + " hold.");
    }
    if (decimals.length() > 6) {
      return Parsed.refused(
          "The "
              + what
              + " "
              + text.trim()
              + " has more than 6 decimal places. Round it to 6 places or fewer.");
    }
    return Parsed.of(new BigDecimal(t));
  }
}
