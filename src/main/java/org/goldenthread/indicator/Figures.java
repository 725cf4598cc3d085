package org.goldenthread.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Figures as people read them, for templates: rounded to the indicator's decimal places for display
 * only (statuses use the exact values), with thousands separators and the unit.
 */
@Component("figures")
public class Figures {

  /** Read once: looking the symbols up builds them afresh each time, for every figure shown. */
  private static final DecimalFormatSymbols UK_SYMBOLS =
      DecimalFormatSymbols.getInstance(Locale.UK);

  /** Each thread's formats by decimal places: a format is costly to make and unsafe to share. */
  private static final ThreadLocal<Map<Integer, DecimalFormat>> FORMATS =
      ThreadLocal.withInitial(HashMap::new);

  public String of(Indicator indicator, BigDecimal value) {
    if (value == null) {
      return "–";
    }
    return indicator.getUnit().format(number(value, indicator.getDecimalPlaces()));
  }

  public String plain(BigDecimal value) {
    return value == null ? "" : Numbers.plain(value);
  }

  /**
   * The value as it is shown, for exports that keep figures as numbers: rounded half up to the
   * decimal places (82.0 for 81.96147…, 44 for 43.666…); null stays null.
   */
  public static BigDecimal rounded(BigDecimal value, int places) {
    return value == null ? null : value.setScale(places, RoundingMode.HALF_UP);
  }

  static String number(BigDecimal value, int places) {
    DecimalFormat format = FORMATS.get().computeIfAbsent(places, Figures::format);
    return format.format(rounded(value, places));
  }

  private static DecimalFormat format(int places) {
    return new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), UK_SYMBOLS);
  }
}
