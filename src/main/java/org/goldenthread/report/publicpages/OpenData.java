package org.goldenthread.report.publicpages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.shared.CsvFile;

/**
 * The open data of the public indicators: one row for each published figure (see {@link
 * PublicIndicators}), the same columns in CSV and JSON. Figures are rounded to the indicator's
 * decimal places, as the council shows them; in JSON they are numbers.
 */
final class OpenData {

  /** A column of the open data, with what it holds. */
  record Column(String name, String meaning) {}

  static final List<Column> DESCRIBED =
      List.of(
          new Column("code", "The indicator's code"),
          new Column("title", "The indicator's title"),
          new Column(
              "unit", "What its figures count: Percentage, Number, Count, Days, Pounds, Ratio"),
          new Column("polarity", "Which way is better"),
          new Column("frequency", "How often it is collected"),
          new Column("period", "The period, as the council writes it (2026/27 Q1)"),
          new Column("periodStart", "The period's first day (YYYY-MM-DD)"),
          new Column("periodEnd", "The period's last day (YYYY-MM-DD)"),
          new Column("yearToDate", "true when actual and target are for the year to date"),
          new Column("actual", "The published figure; empty when it cannot be given"),
          new Column("target", "The target it is judged against; empty when none is set"),
          new Column("status", "Green, Amber, Red, No data or Data only"),
          new Column("dataSource", "Where the figures come from"));

  static final List<String> COLUMNS = DESCRIBED.stream().map(Column::name).toList();

  /** One row of the open data. */
  record Row(
      String code,
      String title,
      String unit,
      String polarity,
      String frequency,
      String period,
      LocalDate periodStart,
      LocalDate periodEnd,
      boolean yearToDate,
      BigDecimal actual,
      BigDecimal target,
      String status,
      String dataSource) {

    /** The cells of its CSV row: the figures as numbers, the rest as text. */
    List<Object> cells() {
      return Arrays.asList(
          code,
          title,
          unit,
          polarity,
          frequency,
          period,
          periodStart.toString(),
          periodEnd.toString(),
          Boolean.toString(yearToDate),
          actual,
          target,
          status,
          dataSource);
    }
  }

  /** The JSON download: what it is, its licence, and the rows. */
  record Document(
      String title,
      String publisher,
      String licence,
      String licenceUrl,
      String attribution,
      int count,
      List<String> columns,
      List<Row> values) {}

  static final String ATTRIBUTION =
      "Each figure's dataSource says where it comes from; figures drawn from another publisher's"
          + " data are used under that publisher's licence, as the data source says.";

  private OpenData() {}

  static List<Row> rows(List<PublicIndicators.History> histories) {
    List<Row> rows = new ArrayList<>();
    for (PublicIndicators.History history : histories) {
      for (PublicIndicators.Line line : history.lines()) {
        rows.add(row(line));
      }
    }
    return rows;
  }

  private static Row row(PublicIndicators.Line line) {
    Indicator i = line.indicator();
    IndicatorCalculator.Result r = line.result();
    return new Row(
        i.getCode(),
        i.getTitle(),
        i.getUnit().label(),
        i.getPolarity().label(),
        i.getFrequency().label(),
        r.period().label(),
        r.period().start(),
        r.period().end(),
        line.yearToDate(),
        Figures.rounded(r.actual(), i.getDecimalPlaces()),
        Figures.rounded(r.target(), i.getDecimalPlaces()),
        r.status().label(),
        i.getDataSource());
  }

  static Document document(String publisher, PublicDataProperties licence, List<Row> rows) {
    return new Document(
        "Published performance indicators",
        publisher,
        licence.licence(),
        licence.licenceUrl(),
        ATTRIBUTION,
        rows.size(),
        COLUMNS,
        rows);
  }

  /** Plain CSV: a header row of the column names, then the rows; UTF-8, no byte-order mark. */
  static String csv(List<Row> rows) {
    List<List<?>> table = new ArrayList<>();
    table.add(COLUMNS);
    rows.forEach(r -> table.add(r.cells()));
    return CsvFile.text(table);
  }
}
