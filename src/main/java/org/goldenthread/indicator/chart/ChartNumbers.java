package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.indicator.Unit;

/**
 * Figures as a chart writes them, with their unit, and how much room its text takes. Ticks are as
 * round as their step: "80%", "1,500", "3.5 days"; money and other figures from a million are
 * written in millions ("£1.2m"), and money from ten thousand in thousands ("£250k").
 */
final class ChartNumbers {

  /** Read once: looking the symbols up builds them afresh each time, for every figure shown. */
  private static final DecimalFormatSymbols UK_SYMBOLS =
      DecimalFormatSymbols.getInstance(Locale.UK);

  /** Each thread's formats by decimal places: a format is costly to make and unsafe to share. */
  private static final ThreadLocal<Map<Integer, DecimalFormat>> FORMATS =
      ThreadLocal.withInitial(HashMap::new);

  /**
   * The width of a letter as a share of the font size: a little more than the wider of Arial's and
   * DejaVu Sans's, so that text measured with it fits on screen and in the PDF alike.
   */
  static final double CHARACTER = 0.62;

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private ChartNumbers() {}

  /** A tick's label, as round as the axis's step, in millions or thousands as the largest is. */
  static String tick(BigDecimal tick, BigDecimal step, BigDecimal largest, Unit unit) {
    if (tick.signum() == 0) {
      return withUnit(tick, 0, "", unit);
    }
    BigDecimal divisor = BigDecimal.ONE;
    String suffix = "";
    if (largest.compareTo(MILLION) >= 0) {
      divisor = MILLION;
      suffix = "m";
    } else if (unit == Unit.MONEY && largest.compareTo(TEN_THOUSAND) >= 0) {
      divisor = THOUSAND;
      suffix = "k";
    }
    int places = Math.max(0, step.divide(divisor).stripTrailingZeros().scale());
    return withUnit(tick.divide(divisor), places, suffix, unit);
  }

  /** A figure as the indicator shows it, to its decimal places: "85.3%", "£1,250", "8 days". */
  static String value(BigDecimal figure, Measure measure) {
    return withUnit(figure, measure.decimals(), "", measure.unit());
  }

  private static String withUnit(BigDecimal figure, int places, String suffix, Unit unit) {
    DecimalFormat format = FORMATS.get().computeIfAbsent(places, ChartNumbers::format);
    BigDecimal rounded = figure.setScale(places, RoundingMode.HALF_UP);
    String number = format.format(rounded.abs()) + suffix;
    return (rounded.signum() < 0 ? "−" : "") + unit.format(number);
  }

  /**
   * A figure for a chart's label, as round as its indicator's but short: in millions from a million
   * and, for money, in thousands from ten thousand, to three significant figures ("£1.31m").
   */
  static String shortValue(BigDecimal figure, Measure measure) {
    BigDecimal size = figure.abs();
    boolean millions = size.compareTo(MILLION) >= 0;
    boolean thousands =
        !millions && measure.unit() == Unit.MONEY && size.compareTo(TEN_THOUSAND) >= 0;
    if (!millions && !thousands) {
      return null;
    }
    BigDecimal scaled = figure.divide(millions ? MILLION : THOUSAND);
    int places =
        Math.max(0, 3 - scaled.abs().setScale(0, RoundingMode.DOWN).toPlainString().length());
    return withUnit(scaled, places, millions ? "m" : "k", measure.unit())
        .replaceAll("\\.0+(?=[mk])", "")
        .replaceAll("(\\.\\d*?)0+(?=[mk])", "$1");
  }

  /** How wide a text is drawn at a font size, in the chart's units. */
  static double width(String text, double fontSize) {
    double ems = 0;
    for (char c : text.toCharArray()) {
      ems += em(c);
    }
    return ems * fontSize;
  }

  private static double em(char c) {
    if (Character.isDigit(c) || c == '£' || c == '−' || c == '-' || c == '?') {
      return 0.64;
    }
    if (c == '.' || c == ',' || c == ' ' || c == '/' || c == 'i' || c == 'l' || c == 'j') {
      return 0.34;
    }
    if (c == '%' || c == 'm' || c == 'w' || c == 'M' || c == 'W') {
      return 0.98;
    }
    if (Character.isUpperCase(c)) {
      return 0.74;
    }
    return CHARACTER;
  }

  private static DecimalFormat format(int places) {
    return new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), UK_SYMBOLS);
  }
}
