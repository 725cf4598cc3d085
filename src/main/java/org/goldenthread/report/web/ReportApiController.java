package org.goldenthread.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportAccess;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.export.ReportExportController;
import org.goldenthread.report.export.ReportExports;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports over JSON: definitions, published (frozen) reports, and a report as it stands now. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Report definitions, published reports and live reports")
@SecurityRequirement(name = "apiToken")
class ReportApiController {

  record ScheduleView(long bodyId, String body, Frequency frequency, LocalDate nextDue) {}

  record PublishedSummary(
      long id,
      long reportId,
      String title,
      String period,
      String audience,
      Long bodyId,
      String body,
      Instant publishedAt,
      String publishedBy) {

    static PublishedSummary of(PublishedReport p) {
      return new PublishedSummary(
          p.getId(),
          p.getReportDefinition().getId(),
          p.getTitle(),
          p.getPeriod(),
          p.getAudience(),
          p.getBody() == null ? null : p.getBody().getId(),
          p.getBody() == null ? null : p.getBody().getName(),
          p.getPublishedAt(),
          p.getPublishedBy());
    }
  }

  record ReportView(
      long id,
      String title,
      String audience,
      String scope,
      PeriodType periodType,
      boolean includeDetail,
      boolean listTargetsAtRisk,
      List<ScheduleView> schedules,
      List<PublishedSummary> published) {}

  record PublishedView(
      PublishedSummary published,
      ReportSnapshot report,
      List<PublishingService.Correction> corrections) {}

  private final ReportService reports;
  private final ReportBuilder builder;
  private final PublishingService publishing;
  private final ReportExports exports;
  private final Clock clock;

  private final ReportAccess access;

  ReportApiController(
      ReportService reports,
      ReportBuilder builder,
      PublishingService publishing,
      ReportExports exports,
      Clock clock,
      ReportAccess access) {
    this.access = access;
    this.reports = reports;
    this.builder = builder;
    this.publishing = publishing;
    this.exports = exports;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Every report definition, with its schedules and its published versions")
  List<ReportView> all(Authentication authentication) {
    return access.visible(authentication, reports.all(), ReportDefinition::getId).stream()
        .map(
            d ->
                new ReportView(
                    d.getId(),
                    d.getTitle(),
                    d.getAudience(),
                    builder.describeScope(d),
                    d.getPeriodType(),
                    d.isIncludeDetail(),
                    d.isListTargetsAtRisk(),
                    d.getSchedules().stream()
                        .map(
                            s ->
                                new ScheduleView(
                                    s.getBody().getId(),
                                    s.getBody().getName(),
                                    s.getFrequency(),
                                    s.getNextDue()))
                        .toList(),
                    publishing.of(d.getId()).stream().map(PublishedSummary::of).toList()))
        .toList();
  }

  @GetMapping("/published")
  @Operation(
      summary =
          "Published reports, newest period first; optionally for one body, period (like"
              + " '2026/27 Q2') or report")
  List<PublishedSummary> published(
      @RequestParam(required = false) Long bodyId,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) Long reportId,
      Authentication authentication) {
    return access
        .visiblePublished(
            authentication, publishing.list(bodyId, period, reportId), PublishedReport::getId)
        .stream()
        .map(PublishedSummary::of)
        .toList();
  }

  @GetMapping("/published/{id}")
  @PreAuthorize("@reportAccess.canReadPublished(authentication, #id)")
  @Operation(
      summary =
          "A published report exactly as published, with the figures corrected since (published"
              + " and now)")
  PublishedView publishedReport(@PathVariable long id) {
    PublishedReport p = publishing.get(id);
    ReportSnapshot snapshot = publishing.snapshot(p);
    return new PublishedView(PublishedSummary.of(p), snapshot, publishing.corrections(p, snapshot));
  }

  @GetMapping("/published/{id}/export.{format}")
  @PreAuthorize("@reportAccess.canReadPublished(authentication, #id)")
  @Operation(
      summary =
          "A published report as a file (pdf, docx, xlsx or csv), with the figures as published"
              + " and the corrections since listed")
  ResponseEntity<byte[]> publishedExport(@PathVariable long id, @PathVariable String format) {
    return exports.published(id, ReportExportController.format(format)).response();
  }

  @GetMapping("/{id}")
  @PreAuthorize("@reportAccess.canRead(authentication, #id)")
  @Operation(
      summary =
          "A report as it stands now for a period (by default the latest one that is over);"
              + " not frozen")
  ReportSnapshot live(
      @PathVariable long id,
      @RequestParam(required = false) Period period,
      Authentication authentication) {
    ReportDefinition definition = reports.get(id);
    return exports.live(definition, period(definition, period), authentication);
  }

  @GetMapping("/{id}/export.{format}")
  @PreAuthorize("@reportAccess.canRead(authentication, #id)")
  @Operation(
      summary =
          "A report as it stands now as a file (pdf, docx, xlsx or csv), for a period (by default"
              + " the latest one that is over); not frozen")
  ResponseEntity<byte[]> liveExport(
      @PathVariable long id,
      @PathVariable String format,
      @RequestParam(required = false) Period period,
      Authentication authentication) {
    ReportExports.Format chosen = ReportExportController.format(format);
    ReportDefinition definition = reports.get(id);
    return exports.live(definition, period(definition, period), chosen, authentication).response();
  }

  /** The period asked for or, without one, the latest of the report's kind that is over. */
  private Period period(ReportDefinition definition, Period period) {
    return period != null
        ? period
        : Period.containing(LocalDate.now(clock), definition.getPeriodType()).previous();
  }
}
