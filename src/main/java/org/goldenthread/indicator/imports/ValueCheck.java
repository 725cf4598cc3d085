package org.goldenthread.indicator.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.spreadsheet.Checked;
import org.goldenthread.spreadsheet.Headings;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.SheetRow;
import org.goldenthread.spreadsheet.Table;

/**
 * Checks an indicator values file row by row: the indicator exists, the period is one it is
 * collected for, the numbers are exact and complete, and no indicator and period comes twice. Plain
 * Java, so each rule is tested directly.
 */
final class ValueCheck {

  /** What the check needs to know of an indicator. */
  record Facts(
      long id, String code, PeriodType frequency, Aggregation aggregation, boolean calculated) {}

  /**
   * One row: a value ({@code measurement}, null for a row giving only a target) and a target (null
   * if none), for the indicator and period.
   */
  record Row(
      int row,
      long indicatorId,
      String code,
      Period period,
      Measurement measurement,
      BigDecimal target,
      String commentary,
      String remedialAction,
      boolean commentaryGiven,
      boolean remedialActionGiven,
      String changeReason,
      BigDecimal forecast,
      String forecastBasis,
      boolean forecastGiven,
      boolean forecastBasisGiven) {

    /** The commentary to keep: the row's, or the recorded one when the file has no column. */
    String commentaryOver(String recorded) {
      return commentaryGiven ? commentary : recorded;
    }

    String remedialActionOver(String recorded) {
      return remedialActionGiven ? remedialAction : recorded;
    }

    /** The forecast to keep: the row's, or the recorded one when the file has no column. */
    BigDecimal forecastOver(BigDecimal recorded) {
      return forecastGiven ? forecast : recorded;
    }

    /** The basis to keep, as the forecast; none once there is no forecast. */
    String forecastBasisOver(BigDecimal recordedForecast, String recorded) {
      if (forecastOver(recordedForecast) == null) {
        return null;
      }
      return forecastBasisGiven ? forecastBasis : recorded;
    }
  }

  record Result(List<Row> rows, List<Problem> problems) implements Checked {}

  private final Map<String, Facts> indicators = new HashMap<>();
  private final LocalDate today;

  ValueCheck(List<Facts> indicators, LocalDate today) {
    indicators.forEach(f -> this.indicators.put(DefinitionCheck.key(f.code()), f));
    this.today = today;
  }

  /** Checks every row, telling {@code checked} how many rows are done every thousand rows. */
  Result check(Table table, IntConsumer checked) {
    Problems problems = new Problems();
    Headings headings = Headings.read(table, ValueColumns.LAYOUT, problems);
    if (headings == null) {
      return new Result(List.of(), problems.list());
    }
    List<Row> rows = new ArrayList<>(table.rows().size());
    Map<Long, Map<Period, Integer>> seen = new HashMap<>();
    int done = 0;
    for (Table.Row row : table.rows()) {
      Row read = read(headings.row(row, problems));
      if (read != null) {
        Integer earlier =
            seen.computeIfAbsent(read.indicatorId(), k -> new HashMap<>())
                .putIfAbsent(read.period(), row.number());
        if (earlier != null) {
          problems.at(
              row.number(),
              ValueColumns.PERIOD,
              "Row "
                  + earlier
                  + " is also for "
                  + headings.value(row, ValueColumns.CODE)
                  + " "
                  + read.period().label()
                  + ". Give each indicator one row per period: delete or correct one of them.");
        } else if (!problems.any()) {
          rows.add(read);
        }
      }
      if (++done % 1_000 == 0) {
        checked.accept(done);
      }
    }
    checked.accept(done);
    return problems.any() ? new Result(List.of(), problems.list()) : new Result(rows, List.of());
  }

  private Row read(SheetRow row) {
    int n = row.number();
    row.checkNothingUnheaded();
    String code = row.text(ValueColumns.CODE);
    Facts indicator = null;
    if (code.isEmpty()) {
      row.problem(ValueColumns.CODE, "Enter the code of the indicator the value is for.");
    } else {
      indicator = indicators.get(DefinitionCheck.key(code));
      if (indicator == null) {
        row.problem(
            ValueColumns.CODE,
            "No indicator has the code "
                + code
                + ". Check the code, or import the indicator's definition first.");
      }
    }
    String periodText = row.text(ValueColumns.PERIOD);
    Period period = null;
    if (periodText.isEmpty()) {
      row.problem(ValueColumns.PERIOD, "Enter the period, like 2025/26 Q2 or 2025/26 M07.");
    } else {
      try {
        period = Period.parse(periodText);
      } catch (IllegalArgumentException e) {
        row.problem(ValueColumns.PERIOD, e.getMessage());
      }
    }
    BigDecimal actual = row.value(ValueColumns.ACTUAL);
    BigDecimal target = row.value(ValueColumns.TARGET);
    BigDecimal numerator = row.value(ValueColumns.NUMERATOR);
    BigDecimal denominator = row.value(ValueColumns.DENOMINATOR);
    String commentary = row.value(ValueColumns.COMMENTARY);
    String remedial = row.value(ValueColumns.REMEDIAL_ACTION);
    String reason = row.value(ValueColumns.CHANGE_REASON);
    BigDecimal forecast = row.value(ValueColumns.FORECAST);
    String basis = row.value(ValueColumns.FORECAST_BASIS);
    if (row.hasProblems() || indicator == null || period == null) {
      return null;
    }
    boolean parts = numerator != null || denominator != null;
    boolean hasValue = actual != null || parts;
    if (!hasValue && target == null) {
      row.problem(
          ValueColumns.ACTUAL,
          "The row has no value and no target. Enter the actual value, the target, or both, or"
              + " delete the row.");
      return null;
    }
    String every = indicator.frequency().label().toLowerCase(Locale.UK);
    if (hasValue && period.type() != indicator.frequency()) {
      row.problem(
          ValueColumns.PERIOD,
          indicator.code()
              + " is collected by "
              + every
              + ", so its values are for a "
              + every
              + ", like "
              + example(indicator.frequency())
              + ", not "
              + period.label()
              + ".");
      return null;
    }
    if (!hasValue && period.type().months() < indicator.frequency().months()) {
      row.problem(
          ValueColumns.PERIOD,
          indicator.code()
              + " is collected by "
              + every
              + ", so it has no target for a period"
              + " shorter than a "
              + every
              + " such as "
              + period.label()
              + ".");
      return null;
    }
    if (hasValue && indicator.calculated()) {
      row.problem(
          ValueColumns.ACTUAL,
          indicator.code()
              + " is calculated from its formula, so its values are not imported."
              + " Leave the actual, numerator and denominator empty (a target may be given).");
      return null;
    }
    if (hasValue && period.start().isAfter(today)) {
      row.problem(
          ValueColumns.PERIOD,
          period.label()
              + " has not started yet, so it cannot have a value. A target may be"
              + " given for it.");
      return null;
    }
    Measurement measurement = null;
    if (parts) {
      if (indicator.aggregation() != Aggregation.RATIO) {
        row.problem(
            numerator != null ? ValueColumns.NUMERATOR : ValueColumns.DENOMINATOR,
            indicator.code()
                + " is not a ratio indicator, so it has no numerator or denominator."
                + " Enter the value in the actual column and leave these empty.");
        return null;
      }
      if (numerator == null || denominator == null) {
        row.problem(
            numerator == null ? ValueColumns.NUMERATOR : ValueColumns.DENOMINATOR,
            "Enter both the numerator and the denominator, or neither (and the actual value"
                + " alone).");
        return null;
      }
      if (denominator.signum() == 0) {
        row.problem(
            ValueColumns.DENOMINATOR,
            "The denominator cannot be zero: the ratio would have no value.");
        return null;
      }
      measurement = new Measurement(actual, numerator, denominator);
    } else if (actual != null) {
      measurement = Measurement.of(actual);
    }
    if (measurement == null && (commentary != null || remedial != null)) {
      row.problem(
          ValueColumns.COMMENTARY,
          "Commentary and remedial action go with a value, and this row has none. Enter the"
              + " actual value or leave them empty.");
      return null;
    }
    if (measurement == null && (forecast != null || basis != null)) {
      row.problem(
          forecast != null ? ValueColumns.FORECAST : ValueColumns.FORECAST_BASIS,
          "A year-end forecast goes with a value, and this row has none. Enter the actual value"
              + " or leave the forecast and its basis empty.");
      return null;
    }
    if (forecast == null && basis != null) {
      row.problem(
          ValueColumns.FORECAST_BASIS,
          "The row gives the basis of a forecast but no forecast. Enter the year-end forecast in"
              + " the forecast column, or leave the basis empty.");
      return null;
    }
    return new Row(
        n,
        indicator.id(),
        indicator.code(),
        period,
        measurement,
        target,
        commentary,
        remedial,
        row.has(ValueColumns.COMMENTARY),
        row.has(ValueColumns.REMEDIAL_ACTION),
        reason,
        forecast,
        basis,
        row.has(ValueColumns.FORECAST),
        row.has(ValueColumns.FORECAST_BASIS));
  }

  private static String example(PeriodType type) {
    return switch (type) {
      case MONTH -> "2025/26 M07";
      case QUARTER -> "2025/26 Q2";
      case HALF_YEAR -> "2025/26 H1";
      case FINANCIAL_YEAR -> "2025/26";
    };
  }
}
