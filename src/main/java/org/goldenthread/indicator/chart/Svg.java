package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Pieces of SVG the charts share. Sizes and colours are written on the elements themselves, as
 * attributes (the pages' security policy refuses style attributes), so that a chart looks the same
 * on a page, in the PDF and as a picture in the Word paper.
 */
final class Svg {

  static final String INK = "#0b0c0c";
  static final String BLUE = "#1d70b8";
  static final String GRID = "#b1b4b6";

  private Svg() {}

  /**
   * The value to one decimal place, exactly as {@code String.format(Locale.UK, "%.1f", value)}
   * writes it (half up from the shortest decimal that reads back as the value, a minus kept on a
   * negative value that rounds to nought), without a formatter per number: a report of thousands of
   * charts writes millions of them.
   */
  static String n(double value) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.UK, "%.1f", value);
    }
    double magnitude = Math.abs(value);
    double tenths = magnitude * 10;
    double beyond = tenths - Math.floor(tenths);
    // Far from a half-tenth, rounding the number itself gives what its shortest decimal would.
    if (magnitude < 1e6 && Math.abs(beyond - 0.5) > 1e-6) {
      long whole = Math.round(tenths);
      String rounded = whole / 10 + "." + whole % 10;
      return Double.compare(value, 0.0) < 0 ? "-" + rounded : rounded;
    }
    String shortest = Double.toString(magnitude);
    int point = shortest.indexOf('.');
    String rounded;
    if (shortest.indexOf('E') >= 0 || point > 15) {
      rounded = new BigDecimal(shortest).setScale(1, RoundingMode.HALF_UP).toPlainString();
    } else if (shortest.length() - point <= 2 || shortest.charAt(point + 2) < '5') {
      rounded = shortest.substring(0, point + 2);
    } else {
      long up =
          Long.parseLong(shortest, 0, point, 10) * 10 + (shortest.charAt(point + 1) - '0') + 1;
      rounded = up / 10 + "." + up % 10;
    }
    return Double.compare(value, 0.0) < 0 ? "-" + rounded : rounded;
  }

  /** A text whose middle, start or end is at x, its baseline at y. */
  static String text(double x, double y, String anchor, double size, boolean bold, String words) {
    return "<text x=\""
        + n(x)
        + "\" y=\""
        + n(y)
        + "\" text-anchor=\""
        + anchor
        + "\" fill=\""
        + INK
        + "\" font-size=\""
        + n(size)
        + (bold ? "\" font-weight=\"bold" : "")
        + "\">"
        + escape(words)
        + "</text>";
  }

  /**
   * The x at which a text of this width, centred on x, lies wholly between 0 and the picture's
   * width (an end label slides inwards rather than being cut off).
   */
  static double inside(double x, double width, int pictureWidth) {
    return Math.max(width / 2 + 1, Math.min(pictureWidth - width / 2 - 1, x));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
