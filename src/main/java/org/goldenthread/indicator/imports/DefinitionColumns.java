package org.goldenthread.indicator.imports;

import java.util.regex.Pattern;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Limits;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.Parser;
import org.goldenthread.spreadsheet.SheetLayout;

/** The columns of an indicator definitions file, in the order an export writes them. */
public final class DefinitionColumns {

  private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /._-]{0,29}");

  static final Column<String> CODE =
      Column.required(
              "code",
              "The indicator's code, for example NI 192 or HR-01. A code already recorded updates"
                  + " that indicator; a new code adds one.")
          .parsed(DefinitionColumns::code);
  static final Column<String> TITLE =
      Column.required("title", "The indicator's name, up to 300 characters.")
          .parsed(
              text ->
                  text.isEmpty()
                      ? Parsed.refused("Enter the indicator's title.")
                      : Parser.text("title", 300).parse(text));
  static final Column<String> DESCRIPTION =
      Column.optional("description", "What is measured and how, up to 4,000 characters.")
          .parsed(Parser.text("description", 4_000));
  static final Column<Unit> UNIT =
      Column.required("unit", "%, number, count, days, £ or ratio.")
          .parsed(ImportWords.UNITS.required("unit", "%, number, count, days, £ or ratio"));
  static final Column<Polarity> POLARITY =
      Column.required("polarity", "higher, lower or none (data only: no status is given).")
          .parsed(ImportWords.POLARITIES.required("polarity", "higher, lower or none"));
  static final Column<PeriodType> FREQUENCY =
      Column.required(
              "frequency",
              "How often values are collected: monthly, quarterly, half-yearly or annual.")
          .parsed(
              ImportWords.FREQUENCIES.required(
                  "frequency", "monthly, quarterly, half-yearly or annual"));
  static final Column<Aggregation> AGGREGATION =
      Column.required(
              "aggregation",
              "How values combine over longer periods: sum, average, last, min, max or ratio (the"
                  + " summed numerators over the summed denominators).")
          .parsed(
              ImportWords.AGGREGATIONS.required(
                  "aggregation", "sum, average, last, min, max or ratio"));
  static final Column<Boolean> CUMULATIVE =
      Column.optional(
              "cumulative",
              "yes if the indicator is judged year to date, no if on each period's value. Empty"
                  + " means no.")
          .parsed(ImportWords.YES_NO.orElse(false, "is not yes or no. Enter yes or no."));
  static final Column<String> DECIMAL_PLACES =
      Column.optional("decimal_places", "A whole number from 0 to 6. Empty means 0.")
          .parsed(DefinitionColumns::places)
          .numbers();
  static final Column<String> TOLERANCE =
      Column.optional(
              "tolerance",
              "How far a value may miss its target and still be amber, like 5 or 2.5. Empty means"
                  + " the council's default.")
          .numbers();
  static final Column<String> TOLERANCE_TYPE =
      Column.optional(
          "tolerance_type", "percent (of the target) or absolute (in the indicator's unit).");
  static final Column<IndicatorType> TYPE =
      Column.optional("type", "national, partnership or local. Empty means local.")
          .parsed(
              ImportWords.TYPES.orElse(
                  IndicatorType.LOCAL,
                  "is not a type of indicator. Enter national, partnership or local."));
  static final Column<String> RESPONSIBLE =
      Column.optional(
          "responsible",
          "The email address or full name of the person responsible, as recorded under People.");
  static final Column<String> ACCOUNTABLE =
      Column.optional(
          "accountable",
          "The email address or full name of the person accountable, as recorded under People.");
  static final Column<String> FORMULA =
      Column.optional(
              "formula",
              "For a calculated indicator, its formula over other indicators, like 100 * [RB-02] /"
                  + " [RB-01].")
          .parsed(Parser.text("formula", 1_000));
  static final Column<String> DATA_SOURCE =
      Column.optional("data_source", "Where the figures come from, up to 300 characters.")
          .parsed(Parser.text("data source", 300));
  static final Column<String> FRAMEWORK_ITEMS =
      Column.optional(
          "framework_items",
          "The codes of the framework items the indicator measures, separated by semicolons, like"
              + " P1;O3.");

  public static final SheetLayout LAYOUT =
      SheetLayout.of(
              "Indicator definitions",
              "indicator",
              new Limits(
                  10L * 1024 * 1024,
                  5_000,
                  "The file has more than 5,000 indicators. Split it into smaller files and import"
                      + " them one after another.",
                  Limits.SPLIT),
              CODE,
              TITLE,
              DESCRIPTION,
              UNIT,
              POLARITY,
              FREQUENCY,
              AGGREGATION,
              CUMULATIVE,
              DECIMAL_PLACES,
              TOLERANCE,
              TOLERANCE_TYPE,
              TYPE,
              RESPONSIBLE,
              ACCOUNTABLE,
              FORMULA,
              DATA_SOURCE,
              FRAMEWORK_ITEMS)
          .example(
              "HR-01",
              "Average working days lost to sickness per employee",
              "",
              "days",
              "lower",
              "quarterly",
              "sum",
              "yes",
              "1",
              "5",
              "percent",
              "local",
              "",
              "",
              "",
              "HR system",
              "")
          .example(
              "RB-03",
              "Benefit claims decided within 20 days",
              "",
              "%",
              "higher",
              "monthly",
              "ratio",
              "no",
              "1",
              "2",
              "absolute",
              "national",
              "",
              "",
              "",
              "",
              "");

  private DefinitionColumns() {}

  private static Parsed<String> code(String code) {
    if (code.isEmpty()) {
      return Parsed.refused("Enter the indicator's code, for example NI 192 or HR-01.");
    }
    return CODE_PATTERN.matcher(code).matches()
        ? Parsed.of(code)
        : Parsed.refused(
            "The code "
                + code
                + " must be letters, numbers, spaces, dots, slashes, hyphens and underscores, up to"
                + " 30 characters, starting with a letter or number.");
  }

  private static Parsed<String> places(String text) {
    if (text.isEmpty()) {
      return Parsed.of("0");
    }
    return text.matches("[0-6]")
        ? Parsed.of(text)
        : Parsed.refused(
            "Decimal places must be a whole number from 0 to 6, and \"" + text + "\" is not.");
  }

  /** The column holding what a form field holds, for a refusal that names the field. */
  static Column<?> forField(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "code" -> CODE;
      case "title" -> TITLE;
      case "description" -> DESCRIPTION;
      case "unit" -> UNIT;
      case "polarity" -> POLARITY;
      case "frequency" -> FREQUENCY;
      case "aggregation" -> AGGREGATION;
      case "decimalPlaces" -> DECIMAL_PLACES;
      case "toleranceAmount" -> TOLERANCE;
      case "toleranceKind" -> TOLERANCE_TYPE;
      case "dataSource" -> DATA_SOURCE;
      case "formula" -> FORMULA;
      case "type" -> TYPE;
      default -> null;
    };
  }
}
