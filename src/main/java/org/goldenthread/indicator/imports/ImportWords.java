package org.goldenthread.indicator.imports;

import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;
import org.goldenthread.spreadsheet.Words;

/**
 * The words an indicator definitions file uses for units, polarity, frequency and so on; an export
 * writes the first of each, so that an exported file imports unchanged.
 */
final class ImportWords {

  private ImportWords() {}

  static final Words<Unit> UNITS =
      Words.of(Unit.PERCENT, "percent", "%", "percentage")
          .and(Unit.NUMBER, "number")
          .and(Unit.COUNT, "count")
          .and(Unit.DAYS, "days")
          .and(Unit.MONEY, "money", "£", "pounds")
          .and(Unit.RATIO, "ratio");

  static final Words<Polarity> POLARITIES =
      Words.of(Polarity.HIGHER_IS_BETTER, "higher", "higher is better")
          .and(Polarity.LOWER_IS_BETTER, "lower", "lower is better")
          .and(Polarity.NONE, "none");

  static final Words<PeriodType> FREQUENCIES =
      Words.of(PeriodType.MONTH, "monthly")
          .and(PeriodType.QUARTER, "quarterly")
          .and(PeriodType.HALF_YEAR, "half-yearly", "half yearly")
          .and(PeriodType.FINANCIAL_YEAR, "annual", "annually", "yearly");

  static final Words<Aggregation> AGGREGATIONS =
      Words.of(Aggregation.SUM, "sum")
          .and(Aggregation.AVERAGE, "average")
          .and(Aggregation.LAST, "last")
          .and(Aggregation.MIN, "min")
          .and(Aggregation.MAX, "max")
          .and(Aggregation.RATIO, "ratio");

  static final Words<Tolerance.Kind> TOLERANCE_KINDS =
      Words.of(Tolerance.Kind.PERCENT, "percent", "percentage", "%")
          .and(Tolerance.Kind.ABSOLUTE, "absolute");

  static final Words<IndicatorType> TYPES =
      Words.of(IndicatorType.NATIONAL, "national")
          .and(IndicatorType.PARTNERSHIP, "partnership")
          .and(IndicatorType.LOCAL, "local");

  static final Words<Boolean> YES_NO =
      Words.of(true, "yes", "y", "true", "1").and(false, "no", "n", "false", "0");
}
