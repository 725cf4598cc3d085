package org.goldenthread.action.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.spreadsheet.SheetWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports actions and milestones, all or nothing: 200 with what was saved, or 422 with every
 * problem (row, column and message). Exports them in the same columns.
 */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Actions")
@SecurityRequirement(name = "apiToken")
class ActionImportApiController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ActionImport importer;
  private final ActionExport exporter;

  ActionImportApiController(ActionImport importer, ActionExport exporter) {
    this.importer = importer;
    this.exporter = exporter;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  @Operation(summary = "Import a CSV file or Excel workbook sent as the form field 'file'")
  ResponseEntity<?> upload(
      @RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
      throws IOException {
    return answer(importer.run(file.getBytes(), user.person()));
  }

  @PostMapping(
      path = "/import",
      consumes = {"text/csv", "text/plain", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  @Operation(summary = "Import a CSV file or Excel workbook sent as the request body")
  ResponseEntity<?> body(@RequestBody byte[] content, @AuthenticationPrincipal CurrentUser user) {
    return answer(importer.run(content, user.person()));
  }

  @GetMapping("/export.csv")
  @Operation(summary = "Every action, each followed by its milestones, in the import's columns")
  ResponseEntity<byte[]> csv() {
    return SheetWriter.download(exporter.csv(), "actions.csv");
  }

  @GetMapping("/export.xlsx")
  @Operation(summary = "The same as an Excel workbook, with real dates and numbers")
  ResponseEntity<byte[]> xlsx() {
    return SheetWriter.download(exporter.xlsx(), "actions.xlsx");
  }

  private static ResponseEntity<?> answer(ActionImport.Outcome outcome) {
    if (outcome.succeeded()) {
      return ResponseEntity.ok(outcome);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY, outcome.summary("the file"));
    problem.setTitle("Import refused");
    problem.setProperty("problems", outcome.problems());
    return ResponseEntity.unprocessableEntity().body(problem);
  }
}
