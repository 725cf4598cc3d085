package org.goldenthread.report;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * screen.
 */
@Controller
class ReportExportController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ReportService reports;
  private final ReportBuilder builder;
  private final ReportPdf pdf;
  private final ExportJobs jobs;
  private final Clock clock;

  ReportExportController(
      ReportService reports, ReportBuilder builder, ReportPdf pdf, ExportJobs jobs, Clock clock) {
    this.reports = reports;
    this.builder = builder;
    this.pdf = pdf;
    this.jobs = jobs;
    this.clock = clock;
  }

  /**
   * Starts laying out the PDF in the background and shows its progress. The figures are read now,
   * as the request is made; only the page layout, the slow part, waits for its turn.
   */
  @PostMapping("/reports/{id}/pdf-jobs")
  String startPdf(
      @PathVariable long id, @RequestParam(required = false) String period, Principal principal) {
    ReportDefinition definition = reports.get(id);
    Report report = builder.build(definition, period(definition, period));
    String html = pdf.html(report);
    ExportJobs.Job job =
        jobs.start(
            principal.getName(),
            id,
            ReportTables.fileName(report, "pdf"),
            j -> {
              j.stage("Laying out the pages");
              return ReportPdf.render(html);
            });
    return "redirect:/reports/exports/" + job.id();
  }

  @GetMapping("/reports/exports/{job}")
  String progress(@PathVariable String job, Principal principal, Model model) {
    model.addAttribute("job", job(job, principal));
    return "report/export-progress";
  }

  @GetMapping("/reports/exports/{job}/progress")
  String progressFragment(@PathVariable String job, Principal principal, Model model) {
    model.addAttribute("job", job(job, principal));
    return "report/export-progress :: progress";
  }

  @GetMapping("/reports/exports/{job}/file")
  ResponseEntity<byte[]> file(@PathVariable String job, Principal principal) {
    ExportJobs.Job found = job(job, principal);
    if (!found.finished() || found.failed()) {
      throw new RecordNotFoundException("PDF", job);
    }
    return download(MediaType.APPLICATION_PDF, found.fileName(), found.file());
  }

  private ExportJobs.Job job(String id, Principal principal) {
    return jobs.find(id, principal.getName())
        .orElseThrow(() -> new RecordNotFoundException("PDF", id));
  }

  @GetMapping("/reports/{id}/export.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String period) {
    return export(id, period, "pdf", MediaType.APPLICATION_PDF, pdf::write);
  }

  @GetMapping("/reports/{id}/export.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(required = false) String period) {
    return export(id, period, "csv", CSV, ReportCsv::write);
  }

  @GetMapping("/reports/{id}/export.xlsx")
  ResponseEntity<byte[]> xlsx(
      @PathVariable long id, @RequestParam(required = false) String period) {
    return export(id, period, "xlsx", XLSX, ReportWorkbook::write);
  }

  @GetMapping("/reports/{id}/export.docx")
  ResponseEntity<byte[]> docx(
      @PathVariable long id, @RequestParam(required = false) String period) {
    return export(id, period, "docx", DOCX, ReportDocument::write);
  }

  private ResponseEntity<byte[]> export(
      long id, String period, String extension, MediaType type, Function<Report, byte[]> writer) {
    ReportDefinition definition = reports.get(id);
    Report report = builder.build(definition, period(definition, period));
    return download(type, ReportTables.fileName(report, extension), writer.apply(report));
  }

  static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

  private Period period(ReportDefinition definition, String period) {
    if (period == null || period.isBlank()) {
      return Period.containing(LocalDate.now(clock), definition.getPeriodType()).previous();
    }
    try {
      return Period.parse(period.trim());
    } catch (PeriodFormatException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "“" + period.trim() + "” is not a period, like 2026/27 Q2");
    }
  }
}
