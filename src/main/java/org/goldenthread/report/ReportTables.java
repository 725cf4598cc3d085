package org.goldenthread.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.IndicatorCalculator;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;

/**
 * A report laid out as the three tables every export writes: the summary, the exceptions and the
 * detail. Cells are text, or numbers (an {@link Integer} or a {@link BigDecimal}) that a
 * spreadsheet keeps as numbers; an empty cell is null. Built from the {@link Report} view alone, so
 * that a frozen report can be exported the same way. Plain Java, no Spring.
 */
final class ReportTables {

  /** One section: its heading, its column headings and its rows. */
  record Section(String title, List<String> headers, List<List<Object>> rows) {

    /** The columns that hold numbers. */
    boolean numeric(int column) {
      return rows.stream().anyMatch(r -> r.get(column) instanceof Number);
    }
  }

  static final String SUMMARY = "Summary";
  static final String EXCEPTIONS = "Exceptions";
  static final String DETAIL = "Detail";

  private ReportTables() {}

  /** Summary and exceptions, then the detail when the report has it. */
  static List<Section> of(Report report) {
    List<Section> sections = new ArrayList<>(List.of(summary(report), exceptions(report)));
    if (report.hasDetail()) {
      sections.add(detail(report));
    }
    return sections;
  }

  static Section summary(Report report) {
    List<List<Object>> rows = new ArrayList<>();
    addSummary(rows, "Indicators", report.indicatorSummary());
    addSummary(rows, "Actions", report.actionSummary());
    return new Section(
        SUMMARY,
        List.of(
            "Table",
            "Status",
            "Symbol",
            "Count",
            "Share (%)",
            "Count in " + report.previous().label(),
            "Change"),
        rows);
  }

  private static void addSummary(List<List<Object>> rows, String table, ReportSummary.Table t) {
    for (ReportSummary.Row r : t.rows()) {
      rows.add(cells(table, r.label(), r.symbol(), r.count(), r.share(), r.previous(), r.change()));
    }
    rows.add(cells(table, "Total", null, t.total(), null, null, null));
  }

  static Section exceptions(Report report) {
    List<List<Object>> rows = new ArrayList<>();
    for (Report.IndicatorException e : report.indicatorExceptions()) {
      Status s = e.result().status();
      rows.add(
          cells(
              "Indicator",
              e.indicator().getCode(),
              e.indicator().getTitle(),
              s.label(),
              s.symbol(),
              figure(e.result().actual()),
              figure(e.result().target()),
              e.commentary(),
              e.remedialAction()));
    }
    for (Report.ActionException e : report.actionExceptions()) {
      var s = e.standing();
      Brag b = s.status();
      rows.add(
          cells(
              "Action",
              s.action().getCode(),
              s.action().getTitle(),
              b.label() + (s.overdue() ? ", overdue" : ""),
              b.symbol(),
              s.percentComplete(),
              null,
              s.commentary(),
              s.remedialAction()));
    }
    return new Section(
        EXCEPTIONS,
        List.of(
            "Kind",
            "Code",
            "Title",
            "Status",
            "Symbol",
            "Actual (actions: % complete)",
            "Target",
            "Commentary",
            "Remedial action"),
        rows);
  }

  static Section detail(Report report) {
    List<List<Object>> rows = new ArrayList<>();
    for (Report.DetailLine d : report.detail()) {
      IndicatorCalculator.Result r = d.result();
      rows.add(
          cells(
              d.indicator().getCode(),
              d.indicator().getTitle(),
              r.period() == null ? null : r.period().label(),
              figure(r.actual()),
              figure(r.target()),
              r.status().label(),
              r.status().symbol(),
              trend(r.trendFromPrevious()),
              trend(r.trendFromLastYear()),
              d.yearToDate() ? "Yes" : "No"));
    }
    return new Section(
        DETAIL,
        List.of(
            "Code",
            "Title",
            "Period",
            "Actual",
            "Target",
            "Status",
            "Symbol",
            "Trend since previous period",
            "Trend since same period last year",
            "Year to date"),
        rows);
  }

  /** A figure as entered, without the zeros that storage adds: 40, not 40.000000. */
  static BigDecimal figure(BigDecimal n) {
    if (n == null) {
      return null;
    }
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static String trend(Trend t) {
    return t == null ? null : t.symbol() + " " + t.label();
  }

  static List<Object> cells(Object... values) {
    return java.util.Arrays.asList(values);
  }

  /** A cell as plain text: numbers without grouping and with "." for decimals; null as "". */
  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal n) {
      return n.toPlainString();
    }
    return cell.toString();
  }

  /** "corporate-performance-2026-27-Q2.pdf": the title and period, fit for a file name. */
  static String fileName(Report report, String extension) {
    String title = report.definition().getTitle().toLowerCase(Locale.ROOT);
    String base =
        (title + " " + report.period().label())
            .replaceAll("[^a-z0-9QHM]+", "-")
            .replaceAll("^-+|-+$", "");
    return (base.isEmpty() ? "report" : base) + "." + extension;
  }
}
