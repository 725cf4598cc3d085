package org.goldenthread.indicator.imports;

import java.math.BigDecimal;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Limits;
import org.goldenthread.spreadsheet.Parser;
import org.goldenthread.spreadsheet.SheetLayout;

/** The columns of an indicator values file, in the order an export writes them. */
public final class ValueColumns {

  static final Column<String> CODE =
      Column.required("code", "The code of an indicator already recorded.");
  static final Column<String> PERIOD =
      Column.required(
          "period",
          "The period, written 2025/26, 2025/26 H1, 2025/26 Q2 or 2025/26 M07 (October). A value's"
              + " period must match how often the indicator is collected; a target may be for a"
              + " longer period.");
  static final Column<BigDecimal> ACTUAL =
      Column.optional(
              "actual",
              "The value, like 96.5, with up to 6 decimal places. For a ratio indicator it may be"
                  + " left empty when the numerator and denominator are given.")
          .parsed(text -> ImportNumbers.read(text, "actual value"))
          .numbers();
  static final Column<BigDecimal> TARGET =
      Column.optional("target", "The target for the period. A row may give a target and no value.")
          .parsed(text -> ImportNumbers.read(text, "target"))
          .numbers();
  static final Column<BigDecimal> NUMERATOR =
      Column.optional("numerator", "For a ratio indicator: the numerator.")
          .parsed(text -> ImportNumbers.read(text, "numerator"))
          .numbers();
  static final Column<BigDecimal> DENOMINATOR =
      Column.optional("denominator", "For a ratio indicator: the denominator (not zero).")
          .parsed(text -> ImportNumbers.read(text, "denominator"))
          .numbers();
  static final Column<String> COMMENTARY =
      Column.optional("commentary", "What the value shows, up to 4,000 characters.")
          .parsed(Parser.text("commentary", 4_000));
  static final Column<String> REMEDIAL_ACTION =
      Column.optional(
              "remedial_action",
              "What is being done to bring it back on target, up to 4,000 characters.")
          .parsed(Parser.text("remedial action", 4_000));
  static final Column<BigDecimal> FORECAST =
      Column.optional(
              "forecast",
              "The responsible officer's year-end forecast given with the value, like 410, in the"
                  + " indicator's unit. A column left out keeps the forecast recorded; an empty"
                  + " cell removes it.")
          .parsed(text -> ImportNumbers.read(text, "year-end forecast"))
          .numbers();
  static final Column<String> FORECAST_BASIS =
      Column.optional(
              "forecast_basis",
              "What the forecast rests on, up to 1,000 characters. Only with a forecast.")
          .parsed(Parser.text("basis of the forecast", 1_000));
  static final Column<String> CHANGE_REASON =
      Column.optional(
              "change_reason",
              "Why a value is changed after its reporting period was closed, up to 1,000"
                  + " characters. Needed only on a row that changes a locked value; the value then"
                  + " goes back for verification.")
          .parsed(Parser.text("reason for the change", 1_000));

  public static final SheetLayout LAYOUT =
      SheetLayout.of(
              "Indicator values and targets",
              "value",
              new Limits(
                  50L * 1024 * 1024,
                  500_000,
                  "The file has more than 500,000 rows. Split it into smaller files, for example"
                      + " one for each year, and import them one after another.",
                  Limits.SPLIT),
              CODE,
              PERIOD,
              ACTUAL,
              TARGET,
              NUMERATOR,
              DENOMINATOR,
              COMMENTARY,
              REMEDIAL_ACTION,
              CHANGE_REASON,
              FORECAST,
              FORECAST_BASIS)
          .eachRow("indicator and period")
          .example("HR-01", "2025/26", "", "8.5", "", "", "", "", "", "", "")
          .example(
              "HR-01",
              "2025/26 Q1",
              "2.3",
              "2.1",
              "",
              "",
              "Seasonal illness",
              "Return-to-work interviews",
              "",
              "9.2",
              "Winter absence usually doubles the first quarter's rate")
          .example("RB-03", "2025/26 M04", "", "90", "412", "450", "", "", "", "", "");

  private ValueColumns() {}
}
