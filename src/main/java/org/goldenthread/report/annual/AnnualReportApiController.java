package org.goldenthread.report.annual;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.report.ReportSummary;
import org.goldenthread.report.ReportTables;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual performance report over JSON, as on screen. */
@RestController
@RequestMapping("/api/v1/reports/annual")
@Tag(name = "Reports", description = "Report definitions, published reports and live reports")
@SecurityRequirement(name = "apiToken")
class AnnualReportApiController {

  record AnnualView(
      String year,
      String previousYear,
      String nextYear,
      ReportSummary.Table summary,
      List<GroupView> groups) {}

  /** A corporate plan priority (code null for "Other indicators") and its indicators. */
  record GroupView(
      String code, String title, ReportSummary.Table summary, List<IndicatorView> indicators) {}

  /** One indicator's year: figures as numbers and as shown. */
  record IndicatorView(
      long indicatorId,
      String code,
      String title,
      Unit unit,
      Aggregation aggregation,
      boolean cumulative,
      BigDecimal previousYearOutturn,
      BigDecimal outturn,
      BigDecimal target,
      Status status,
      Trend trendSincePreviousYear,
      BigDecimal nextYearTarget,
      String outturnText,
      String targetText,
      String nextYearTargetText) {}

  private final AnnualReportBuilder builder;
  private final Figures figures;

  AnnualReportApiController(AnnualReportBuilder builder, Figures figures) {
    this.builder = builder;
    this.figures = figures;
  }

  @GetMapping
  @Operation(
      summary =
          "The annual performance report for a financial year that is over (like '2025-26'; by"
              + " default the latest): every published indicator's outturn against target, from"
              + " published values only, and next year's target, by corporate plan priority")
  AnnualView annual(@RequestParam(required = false) String year) {
    AnnualReport report = builder.build(AnnualReportController.yearOrLatest(builder, year));
    return new AnnualView(
        report.year().label(),
        report.previousYear().label(),
        report.nextYear().label(),
        report.summary(),
        report.groups().stream()
            .map(
                g ->
                    new GroupView(
                        g.code(),
                        g.title(),
                        g.summary(),
                        g.lines().stream().map(this::view).toList()))
            .toList());
  }

  private IndicatorView view(AnnualReport.Line line) {
    Indicator i = line.indicator();
    IndicatorCalculator.Result r = line.outturn();
    return new IndicatorView(
        i.getId(),
        i.getCode(),
        i.getTitle(),
        i.getUnit(),
        i.getAggregation(),
        i.isCumulative(),
        ReportTables.figure(line.lastYear()),
        ReportTables.figure(r.actual()),
        ReportTables.figure(r.target()),
        r.status(),
        r.trendFromPrevious(),
        ReportTables.figure(line.nextTarget()),
        figures.of(i, r.actual()),
        figures.of(i, r.target()),
        figures.of(i, line.nextTarget()));
  }
}
