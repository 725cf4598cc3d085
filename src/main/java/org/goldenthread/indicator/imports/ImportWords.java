package org.goldenthread.indicator.imports;

import java.util.Locale;
import java.util.Map;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;

/**
 * The words an indicator definitions file uses for units, polarity, frequency and so on, and the
 * words an export writes (the first of each), so that an exported file imports unchanged.
 */
final class ImportWords {

  private ImportWords() {}

  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("%", Unit.PERCENT),
          Map.entry("percent", Unit.PERCENT),
          Map.entry("percentage", Unit.PERCENT),
          Map.entry("number", Unit.NUMBER),
          Map.entry("count", Unit.COUNT),
          Map.entry("days", Unit.DAYS),
          Map.entry("£", Unit.MONEY),
          Map.entry("money", Unit.MONEY),
          Map.entry("pounds", Unit.MONEY),
          Map.entry("ratio", Unit.RATIO));

  private static final Map<String, Polarity> POLARITIES =
      Map.of(
          "higher", Polarity.HIGHER_IS_BETTER,
          "higher is better", Polarity.HIGHER_IS_BETTER,
          "lower", Polarity.LOWER_IS_BETTER,
          "lower is better", Polarity.LOWER_IS_BETTER,
          "none", Polarity.NONE);

  private static final Map<String, PeriodType> FREQUENCIES =
      Map.of(
          "monthly", PeriodType.MONTH,
          "quarterly", PeriodType.QUARTER,
          "half-yearly", PeriodType.HALF_YEAR,
          "half yearly", PeriodType.HALF_YEAR,
          "annual", PeriodType.FINANCIAL_YEAR,
          "annually", PeriodType.FINANCIAL_YEAR,
          "yearly", PeriodType.FINANCIAL_YEAR);

  private static final Map<String, Aggregation> AGGREGATIONS =
      Map.of(
          "sum", Aggregation.SUM,
          "average", Aggregation.AVERAGE,
          "last", Aggregation.LAST,
          "min", Aggregation.MIN,
          "max", Aggregation.MAX,
          "ratio", Aggregation.RATIO);

  private static final Map<String, Tolerance.Kind> TOLERANCE_KINDS =
      Map.of(
          "percent", Tolerance.Kind.PERCENT,
          "percentage", Tolerance.Kind.PERCENT,
          "%", Tolerance.Kind.PERCENT,
          "absolute", Tolerance.Kind.ABSOLUTE);

  private static final Map<String, IndicatorType> TYPES =
      Map.of(
          "national", IndicatorType.NATIONAL,
          "partnership", IndicatorType.PARTNERSHIP,
          "local", IndicatorType.LOCAL);

  private static final Map<String, Boolean> YES_NO =
      Map.of(
          "yes", true, "y", true, "true", true, "1", true, "no", false, "n", false, "false", false,
          "0", false);

  static Unit unit(String text) {
    return UNITS.get(key(text));
  }

  static Polarity polarity(String text) {
    return POLARITIES.get(key(text));
  }

  static PeriodType frequency(String text) {
    return FREQUENCIES.get(key(text));
  }

  static Aggregation aggregation(String text) {
    return AGGREGATIONS.get(key(text));
  }

  static Tolerance.Kind toleranceKind(String text) {
    return TOLERANCE_KINDS.get(key(text));
  }

  static IndicatorType type(String text) {
    return TYPES.get(key(text));
  }

  static Boolean yesNo(String text) {
    return YES_NO.get(key(text));
  }

  static String word(Unit unit) {
    return switch (unit) {
      case PERCENT -> "percent";
      case NUMBER -> "number";
      case COUNT -> "count";
      case DAYS -> "days";
      case MONEY -> "money";
      case RATIO -> "ratio";
    };
  }

  static String word(Polarity polarity) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> "higher";
      case LOWER_IS_BETTER -> "lower";
      case NONE -> "none";
    };
  }

  static String word(PeriodType frequency) {
    return switch (frequency) {
      case MONTH -> "monthly";
      case QUARTER -> "quarterly";
      case HALF_YEAR -> "half-yearly";
      case FINANCIAL_YEAR -> "annual";
    };
  }

  static String word(Aggregation aggregation) {
    return aggregation.name().toLowerCase(Locale.UK);
  }

  static String word(Tolerance.Kind kind) {
    return kind == Tolerance.Kind.PERCENT ? "percent" : "absolute";
  }

  static String word(IndicatorType type) {
    return type.name().toLowerCase(Locale.UK);
  }

  private static String key(String text) {
    return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }
}
