package org.goldenthread.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.Unit;
import org.goldenthread.report.publish.Publication;
import org.goldenthread.report.publish.PublishingService;

/**
 * A report laid out as the tables every export writes: the summary, the exceptions and the detail
 * (each indicator and action with its related risks), then the risk sections ({@link RiskTables}).
 * Cells are text, numbers (an {@link Integer} or a {@link BigDecimal}) that a spreadsheet keeps as
 * numbers, or an indicator's {@link Figure}, shown as on screen; an empty cell is null. Built from
 * a {@link ReportSnapshot} alone: a published report is exported from what was published, a live
 * one from a snapshot made on the spot, the same way. Plain Java, no Spring.
 */
public final class ReportTables {

  /** One section: its heading, its column headings and its rows. */
  public record Section(String title, List<String> headers, List<List<Object>> rows) {

    /** The columns that hold numbers. */
    boolean numeric(int column) {
      return rows.stream()
          .anyMatch(r -> r.get(column) instanceof Number || r.get(column) instanceof Figure);
    }
  }

  /**
   * An indicator's figure as the screen shows it: the number rounded to the indicator's decimal
   * places (82.0, never 81.961471…), the text with its unit (82.0%), and the unit, so that a
   * spreadsheet can show the number as the screen does. The unit is null for a report published
   * before units were kept.
   */
  public record Figure(BigDecimal number, String text, Unit unit) {}

  private static final Pattern DECIMALS = Pattern.compile("\\.(\\d+)");

  public static final String PUBLISHED = "Published";
  public static final String CORRECTIONS = "Corrections";
  static final String SUMMARY = "Summary";
  static final String EXCEPTIONS = "Exceptions";
  public static final String DETAIL = "Detail";
  public static final String GOOD_NEWS = "Good news";
  public static final String RELATED_RISKS = "Related risks";

  private ReportTables() {}

  /**
   * For a published report, when it was published and the figures corrected since; then the summary
   * and exceptions, and the detail when the report has it.
   */
  public static List<Section> of(ReportSnapshot report, Publication published) {
    List<Section> sections = new ArrayList<>();
    if (published != null) {
      sections.add(published(report, published));
      sections.add(corrections(published));
    }
    sections.add(summary(report));
    sections.add(exceptions(report));
    if (report.hasTargetsAtRisk()) {
      sections.add(WarningTables.targetsAtRisk(report));
    }
    if (!report.goodNews().isEmpty()) {
      sections.add(goodNews(report));
    }
    if (report.hasDetail()) {
      sections.add(detail(report));
    }
    sections.addAll(RiskTables.of(report.risks()));
    return sections;
  }

  static Section published(ReportSnapshot report, Publication p) {
    return new Section(
        PUBLISHED,
        List.of(
            "Title",
            "Period",
            "Published on",
            "Published by",
            "Sent to",
            "Figures corrected since publication"),
        List.of(
            cells(
                report.title(),
                report.period(),
                p.publishedOn(),
                p.publishedBy(),
                p.sentTo(),
                p.corrections().size())));
  }

  static Section corrections(Publication p) {
    List<List<Object>> rows = new ArrayList<>();
    for (PublishingService.Correction c : p.corrections()) {
      rows.add(cells(c.code(), c.title(), c.published(), c.now()));
    }
    return new Section(
        CORRECTIONS, List.of("Code", "Title", "Actual as published", "Actual now"), rows);
  }

  static Section summary(ReportSnapshot report) {
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
            "Count in " + report.previous(),
            "Change"),
        rows);
  }

  private static void addSummary(List<List<Object>> rows, String table, ReportSummary.Table t) {
    for (ReportSummary.Row r : t.rows()) {
      rows.add(cells(table, r.label(), r.symbol(), r.count(), r.share(), r.previous(), r.change()));
    }
    rows.add(cells(table, "Total", null, t.total(), null, null, null));
  }

  /** The successes clinics recognised for what the report covers. */
  static Section goodNews(ReportSnapshot report) {
    List<List<Object>> rows = new ArrayList<>();
    for (GoodNewsLine g : report.goodNews()) {
      rows.add(cells(g.kind(), g.code(), g.title(), g.reason(), g.note(), g.clinic(), g.heldOn()));
    }
    return new Section(
        GOOD_NEWS,
        List.of("Kind", "Code", "Title", "Why recognised", "Note", "Clinic", "Held on"),
        rows);
  }

  static Section exceptions(ReportSnapshot report) {
    List<List<Object>> rows = new ArrayList<>();
    for (ReportSnapshot.IndicatorFigure e : report.indicatorExceptions()) {
      Status s = e.status();
      List<Object> row =
          new ArrayList<>(
              cells(
                  "Indicator",
                  e.code(),
                  e.title(),
                  s.label(),
                  s.symbol(),
                  figure(e.actual(), e.actualText(), e),
                  figure(e.target(), e.targetText(), e),
                  e.commentary(),
                  e.remedialAction()));
      row.addAll(WarningTables.exceptionCells(e));
      row.add(ReportRisks.text(report.risks().forIndicator(e.indicatorId())));
      rows.add(row);
    }
    for (ReportSnapshot.ActionFigure a : report.actionExceptions()) {
      Brag b = a.status();
      List<Object> row =
          new ArrayList<>(
              cells(
                  "Action",
                  a.code(),
                  a.title(),
                  b.label() + (a.overdue() ? ", overdue" : ""),
                  b.symbol(),
                  a.percentComplete(),
                  null,
                  a.commentary(),
                  a.remedialAction()));
      row.addAll(WarningTables.exceptionCells(null));
      row.add(ReportRisks.text(report.risks().forAction(a.actionId())));
      rows.add(row);
    }
    List<String> headers =
        new ArrayList<>(
            List.of(
                "Kind",
                "Code",
                "Title",
                "Status",
                "Symbol",
                "Actual (actions: % complete)",
                "Target",
                "Commentary",
                "Remedial action"));
    headers.addAll(WarningTables.EXCEPTION_HEADERS);
    headers.add(RELATED_RISKS);
    return new Section(EXCEPTIONS, headers, rows);
  }

  static Section detail(ReportSnapshot report) {
    List<List<Object>> rows = new ArrayList<>();
    for (ReportSnapshot.IndicatorFigure d : report.detail()) {
      List<Object> row =
          new ArrayList<>(
              cells(
                  d.code(),
                  d.title(),
                  d.reportedPeriod(),
                  figure(d.actual(), d.actualText(), d),
                  figure(d.target(), d.targetText(), d),
                  d.status().label(),
                  d.status().symbol(),
                  trend(d.trendFromPrevious()),
                  trend(d.trendFromLastYear()),
                  d.yearToDate() ? "Yes" : "No"));
      row.addAll(WarningTables.detailCells(d));
      row.add(ReportRisks.text(report.risks().forIndicator(d.indicatorId())));
      rows.add(row);
    }
    List<String> headers =
        new ArrayList<>(
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
                "Year to date"));
    headers.addAll(WarningTables.DETAIL_HEADERS);
    headers.add(RELATED_RISKS);
    return new Section(DETAIL, headers, rows);
  }

  /** A report's figure as it showed it; none without a value. */
  static Figure figureAsShown(BigDecimal value, String text, ReportSnapshot.IndicatorFigure f) {
    return figure(value, text, f);
  }

  private static Figure figure(BigDecimal value, String text, ReportSnapshot.IndicatorFigure f) {
    if (value == null) {
      return null;
    }
    // A report published before the places were kept shows them in its text: 82.0% has one.
    int places = f.decimalPlaces() != null ? f.decimalPlaces() : placesIn(text);
    return new Figure(Figures.rounded(value, places), text, f.unit());
  }

  /** An indicator's figure as the screen shows it; none without a value. */
  public static Figure figure(Indicator indicator, BigDecimal value, Figures figures) {
    if (value == null) {
      return null;
    }
    return new Figure(
        Figures.rounded(value, indicator.getDecimalPlaces()),
        figures.of(indicator, value),
        indicator.getUnit());
  }

  private static int placesIn(String text) {
    Matcher m = DECIMALS.matcher(text == null ? "" : text);
    int places = 0;
    while (m.find()) {
      places = m.group(1).length();
    }
    return places;
  }

  /** A figure exactly, without the zeros that storage adds: 40, not 40.000000 (for JSON). */
  public static BigDecimal figure(BigDecimal n) {
    if (n == null) {
      return null;
    }
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public static String trend(Trend t) {
    return t == null ? null : t.symbol() + " " + t.label();
  }

  public static List<Object> cells(Object... values) {
    return java.util.Arrays.asList(values);
  }

  /**
   * A cell as a reader sees it in a document: numbers without grouping and with "." for decimals,
   * an indicator's figure as on screen (82.0%); null as "".
   */
  public static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal n) {
      return n.toPlainString();
    }
    if (cell instanceof Figure f) {
      return f.text();
    }
    return cell.toString();
  }

  /** A cell for a CSV file: an indicator's figure as its rounded number (82.0), to parse. */
  public static Object value(Object cell) {
    return cell instanceof Figure f ? f.number() : cell;
  }

  /**
   * "corporate-performance-2026-27-Q2.pdf": the title and period, fit for a file name; a published
   * report's ends "-published".
   */
  public static String fileName(ReportSnapshot report, Publication published, String extension) {
    String title = report.title().toLowerCase(Locale.ROOT);
    String base =
        (title + " " + report.period() + (published == null ? "" : " published"))
            .replaceAll("[^a-z0-9QHM]+", "-")
            .replaceAll("^-+|-+$", "");
    return (base.isEmpty() ? "report" : base) + "." + extension;
  }
}
