package org.goldenthread.report.annual;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.report.ReportSummary;
import org.goldenthread.report.ReportTables;

/**
 * The annual performance report laid out as the tables its CSV and Excel exports write (see {@link
 * ReportTables}): the summary, and every indicator under each priority it serves, figures as
 * numbers rounded as the screen shows them. Plain Java, no Spring.
 */
public final class AnnualReportTables {

  static final String SUMMARY = "Summary";
  public static final String INDICATORS = "Indicators";

  private AnnualReportTables() {}

  static List<ReportTables.Section> of(AnnualReport report, Figures figures) {
    return List.of(summary(report), indicators(report, figures));
  }

  static ReportTables.Section summary(AnnualReport report) {
    List<List<Object>> rows = new ArrayList<>();
    ReportSummary.Table t = report.summary();
    for (ReportSummary.Row r : t.rows()) {
      rows.add(
          ReportTables.cells(
              r.label(), r.meaning(), r.symbol(), r.count(), r.share(), r.previous()));
    }
    rows.add(ReportTables.cells("Total", null, null, t.total(), null, null));
    return new ReportTables.Section(
        SUMMARY,
        List.of(
            "Status",
            "Meaning",
            "Symbol",
            "Indicators",
            "Share (%)",
            "Indicators in " + report.previousYear().label()),
        rows);
  }

  static ReportTables.Section indicators(AnnualReport report, Figures figures) {
    List<List<Object>> rows = new ArrayList<>();
    for (AnnualReport.Group g : report.groups()) {
      for (AnnualReport.Line l : g.lines()) {
        Indicator i = l.indicator();
        IndicatorCalculator.Result r = l.outturn();
        Status s = r.status();
        rows.add(
            ReportTables.cells(
                g.heading(),
                i.getCode(),
                i.getTitle(),
                i.getUnit().label(),
                ReportTables.figure(i, l.lastYear(), figures),
                ReportTables.figure(i, r.actual(), figures),
                ReportTables.figure(i, r.target(), figures),
                s.label(),
                s.symbol(),
                ReportTables.trend(r.trendFromPrevious()),
                ReportTables.figure(i, l.nextTarget(), figures)));
      }
    }
    return new ReportTables.Section(
        INDICATORS,
        List.of(
            "Priority",
            "Code",
            "Title",
            "Unit",
            "Outturn " + report.previousYear().label(),
            "Outturn " + report.year().label(),
            "Target " + report.year().label(),
            "Status",
            "Symbol",
            "Trend since " + report.previousYear().label(),
            "Target " + report.nextYear().label()),
        rows);
  }

  /** "annual-performance-report-2025-26.csv". */
  static String fileName(AnnualReport report, String extension) {
    return "annual-performance-report-" + report.yearCode() + "." + extension;
  }
}
