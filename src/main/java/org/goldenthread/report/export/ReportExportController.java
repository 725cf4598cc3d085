package org.goldenthread.report.export;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.publish.Publication;
import org.goldenthread.shared.Actor;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report for a period to download, as PDF, Word, Excel or CSV: whoever may read the report on
 * screen may download it. Without a period, the latest period of its kind that is over, as on
 * screen. A published report downloads as it was published, like its page.
 */
@Controller
public class ReportExportController {

  private final ReportService reports;
  private final ReportExports exports;
  private final ReportPdf pdf;
  private final ExportJobs jobs;
  private final Clock clock;

  ReportExportController(
      ReportService reports, ReportExports exports, ReportPdf pdf, ExportJobs jobs, Clock clock) {
    this.reports = reports;
    this.exports = exports;
    this.pdf = pdf;
    this.jobs = jobs;
    this.clock = clock;
  }

  /**
   * Starts laying out the PDF in the background and shows its progress. The figures are read now,
   * as the request is made; only the page layout, the slow part, waits for its turn.
   */
  @PostMapping("/reports/{id}/pdf-jobs")
  @PreAuthorize("@reportAccess.canRead(authentication, #id)")
  String startPdf(
      @PathVariable long id,
      @RequestParam(required = false) Period period,
      @RequestParam(required = false) Long bodyId,
      @AuthenticationPrincipal Actor who,
      Authentication authentication) {
    ReportDefinition definition = reports.get(id);
    return startPdf(
        id,
        exports.live(definition, period(definition, period), bodyId, authentication),
        null,
        who);
  }

  /** The same for a published report, as it was published. */
  @PostMapping("/reports/published/{id}/pdf-jobs")
  @PreAuthorize("@reportAccess.canReadPublished(authentication, #id)")
  String startPublishedPdf(@PathVariable long id, @AuthenticationPrincipal Actor who) {
    ReportExports.Frozen frozen = exports.frozen(id);
    return startPdf(
        frozen.report().getReportDefinition().getId(),
        frozen.snapshot(),
        frozen.publication(),
        who);
  }

  private String startPdf(
      long definitionId, ReportSnapshot report, Publication published, Actor who) {
    String job =
        jobs.start(
            who,
            definitionId,
            ReportTables.fileName(report, published, "pdf"),
            pdf.jobInput(report, published));
    return "redirect:/reports/exports/" + job;
  }

  @GetMapping("/reports/exports/{job}")
  String progress(@PathVariable String job, @AuthenticationPrincipal Actor who, Model model) {
    model.addAttribute("job", job(job, who));
    return "report/export-progress";
  }

  @GetMapping("/reports/exports/{job}/progress")
  String progressFragment(
      @PathVariable String job, @AuthenticationPrincipal Actor who, Model model) {
    model.addAttribute("job", job(job, who));
    return "report/export-progress :: progress";
  }

  /** The finished PDF, streamed from the jobs directory rather than read into memory. */
  @GetMapping("/reports/exports/{job}/file")
  ResponseEntity<Resource> file(@PathVariable String job, @AuthenticationPrincipal Actor who) {
    return jobs.file(job, who).orElseThrow(() -> new RecordNotFoundException("PDF", job));
  }

  private ExportJobs.ExportJob job(String id, Actor who) {
    return jobs.find(id, who).orElseThrow(() -> new RecordNotFoundException("PDF", id));
  }

  /**
   * The report as it stands now: {@code export.pdf}, {@code .docx}, {@code .xlsx} or {@code .csv}.
   * The PDF is written to the response as it is made, not first held whole in memory.
   */
  @GetMapping("/reports/{id}/export.{format}")
  @PreAuthorize("@reportAccess.canRead(authentication, #id)")
  ResponseEntity<byte[]> export(
      @PathVariable long id,
      @PathVariable String format,
      @RequestParam(required = false) Period period,
      @RequestParam(required = false) Long bodyId,
      Authentication authentication,
      HttpServletResponse response) {
    ReportExports.Format chosen = format(format);
    ReportDefinition definition = reports.get(id);
    if (chosen == ReportExports.Format.PDF) {
      exports.pdf(
          exports.live(definition, period(definition, period), bodyId, authentication),
          null,
          response);
      return null;
    }
    return exports
        .live(definition, period(definition, period), bodyId, chosen, authentication)
        .response();
  }

  /** A published report as it was published, saying so, with the corrections since. */
  @GetMapping("/reports/published/{id}/export.{format}")
  @PreAuthorize("@reportAccess.canReadPublished(authentication, #id)")
  ResponseEntity<byte[]> published(
      @PathVariable long id, @PathVariable String format, HttpServletResponse response) {
    ReportExports.Format chosen = format(format);
    if (chosen == ReportExports.Format.PDF) {
      ReportExports.Frozen frozen = exports.frozen(id);
      exports.pdf(frozen.snapshot(), frozen.publication(), response);
      return null;
    }
    return exports.published(id, chosen).response();
  }

  public static ReportExports.Format format(String extension) {
    return ReportExports.Format.of(extension)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "A report downloads as pdf, docx, xlsx or csv"));
  }

  /** The period asked for or, without one, the latest of the report's kind that is over. */
  private Period period(ReportDefinition definition, Period period) {
    return period != null
        ? period
        : Period.containing(LocalDate.now(clock), definition.getPeriodType()).previous();
  }
}
