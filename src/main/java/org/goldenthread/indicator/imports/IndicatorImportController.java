package org.goldenthread.indicator.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.period.Period;
import org.goldenthread.shared.Attachment;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.SheetLayout;
import org.goldenthread.spreadsheet.SheetOutput;
import org.goldenthread.spreadsheet.SheetWriter;
import org.goldenthread.spreadsheet.Upload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administrators import indicator registers (definitions, or values and targets) from a
 * spreadsheet, and export them in the same form. A large file is imported in the background with a
 * page showing its progress.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IndicatorImportController {

  /** Files larger than this are imported in the background. */
  static final long BACKGROUND_BYTES = 256 * 1024;

  static final String DEFINITIONS = "definitions";
  static final String VALUES = "values";

  private final IndicatorImport importer;
  private final IndicatorExport exporter;
  private final ImportJobs jobs;

  IndicatorImportController(IndicatorImport importer, IndicatorExport exporter, ImportJobs jobs) {
    this.importer = importer;
    this.exporter = exporter;
    this.jobs = jobs;
  }

  @GetMapping("/indicators/import")
  String form(Model model) {
    return form(model, null, FormErrors.none(), List.of(), null);
  }

  @PostMapping("/indicators/import")
  String upload(
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal CurrentUser user,
      Model model)
      throws IOException {
    FormErrors errors = FormErrors.none();
    if (!DEFINITIONS.equals(kind) && !VALUES.equals(kind)) {
      errors.add(
          "kind", "Choose whether the file holds indicator definitions or values and targets.");
    }
    Upload upload = new Upload(file);
    if (upload.empty()) {
      errors.add("file", upload.missing("the indicators"));
    }
    if (errors.any()) {
      return form(model, kind, errors, List.of(), null);
    }
    byte[] content = upload.content();
    PersonRef by = user.person();
    String shown = upload.name();
    if (content.length > BACKGROUND_BYTES) {
      return "redirect:/indicators/import/jobs/" + jobs.start(kind, shown, content, user);
    }
    IndicatorImport.Outcome outcome = run(kind, content, by, new ImportProgress());
    if (!outcome.succeeded()) {
      errors.add("file", outcome.summary(shown));
      return form(model, kind, errors, outcome.problems(), shown);
    }
    model.addAttribute("kind", kind);
    model.addAttribute("fileName", shown);
    model.addAttribute("outcome", outcome);
    return "indicator/import-done";
  }

  @GetMapping("/indicators/import/jobs/{id}")
  String job(@PathVariable String id, Model model) {
    model.addAttribute("job", job(id));
    return "indicator/import-progress";
  }

  /** The progress panel alone, which the progress page asks for every second until it is done. */
  @GetMapping("/indicators/import/jobs/{id}/progress")
  String progress(@PathVariable String id, Model model) {
    model.addAttribute("job", job(id));
    return "indicator/import-progress :: progress";
  }

  @GetMapping("/indicators/import/template/{kind}.csv")
  ResponseEntity<byte[]> template(@PathVariable String kind) {
    SheetLayout layout =
        switch (kind) {
          case DEFINITIONS -> DefinitionColumns.LAYOUT;
          case VALUES -> ValueColumns.LAYOUT;
          default -> throw new RecordNotFoundException("Template", kind);
        };
    return SheetWriter.download(
        SheetWriter.template(layout), "indicator-" + kind + "-template.csv");
  }

  @GetMapping("/indicators/export/definitions.csv")
  ResponseEntity<byte[]> definitionsCsv(@RequestParam(required = false) String code) {
    return SheetWriter.download(
        SheetWriter.csv(exporter.definitions(code)), "indicator-definitions.csv");
  }

  @GetMapping("/indicators/export/definitions.xlsx")
  ResponseEntity<byte[]> definitionsXlsx(@RequestParam(required = false) String code) {
    return SheetWriter.download(
        SheetWriter.xlsx("Definitions", DefinitionColumns.LAYOUT, exporter.definitions(code)),
        "indicator-definitions.xlsx");
  }

  /** Streamed: the whole history of a large council is written as it is read. */
  @GetMapping("/indicators/export/values.csv")
  void valuesCsv(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String year,
      HttpServletResponse response)
      throws IOException {
    Integer financialYear = year(year);
    Attachment.on(response, Attachment.CSV, "indicator-values.csv");
    try (SheetOutput out = SheetOutput.csv(response.getOutputStream())) {
      exporter.values(code, financialYear, out);
    }
  }

  @GetMapping("/indicators/export/values.xlsx")
  void valuesXlsx(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String year,
      HttpServletResponse response)
      throws IOException {
    Integer financialYear = year(year);
    Attachment.on(response, SheetWriter.XLSX, "indicator-values.xlsx");
    try (SheetOutput out =
        SheetOutput.xlsx(response.getOutputStream(), "Values", ValueColumns.LAYOUT)) {
      exporter.values(code, financialYear, out);
    }
  }

  private IndicatorImport.Outcome run(
      String kind, byte[] content, PersonRef by, ImportProgress progress) {
    return DEFINITIONS.equals(kind)
        ? importer.definitions(content, progress)
        : importer.values(content, by, progress);
  }

  private ImportJobs.ImportJob job(String id) {
    return jobs.find(id).orElseThrow(() -> new RecordNotFoundException("Import", id));
  }

  /** A financial year as 2025/26 or 2025; none if empty. */
  private static Integer year(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.contains("/") ? Period.parse(text).year() : Integer.valueOf(text.trim());
  }

  private String form(
      Model model, String kind, FormErrors errors, List<Problem> problems, String file) {
    model.addAttribute("kind", kind);
    model.addAttribute("errors", errors);
    model.addAttribute("problems", problems);
    model.addAttribute("fileName", file);
    model.addAttribute("definitionColumns", DefinitionColumns.LAYOUT.columns());
    model.addAttribute("valueColumns", ValueColumns.LAYOUT.columns());
    return "indicator/import";
  }
}
