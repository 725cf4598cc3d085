package org.goldenthread.risk.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.goldenthread.shared.Actor;
import org.goldenthread.spreadsheet.SheetWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a risk register, all or nothing: 200 with how many risks were opened, updated and left
 * alone, or 400 with every problem (row, column and message). Exports the risks the caller reads in
 * the same columns.
 */
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risks")
@SecurityRequirement(name = "apiToken")
class RiskImportApiController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RiskImport importer;
  private final RiskExport exporter;

  RiskImportApiController(RiskImport importer, RiskExport exporter) {
    this.importer = importer;
    this.exporter = exporter;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("@riskAccess.canManage(authentication)")
  @Operation(summary = "Import a register as a CSV file or Excel workbook in the form field 'file'")
  ResponseEntity<RiskImport.Outcome> upload(
      @RequestParam("file") MultipartFile file, @AuthenticationPrincipal Actor who)
      throws IOException {
    return answer(importer.run(file.getBytes(), who.person()));
  }

  @PostMapping(
      path = "/import",
      consumes = {"text/csv", "text/plain", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  @PreAuthorize("@riskAccess.canManage(authentication)")
  @Operation(summary = "Import a register sent as the request body (CSV or Excel workbook)")
  ResponseEntity<RiskImport.Outcome> body(
      @RequestBody byte[] content, @AuthenticationPrincipal Actor who) {
    return answer(importer.run(content, who.person()));
  }

  @GetMapping("/export.csv")
  @Operation(summary = "The risks the caller reads, in the import's columns; register= to filter")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String register, Authentication authentication) {
    return SheetWriter.download(exporter.csv(authentication, register), "risks.csv");
  }

  @GetMapping("/export.xlsx")
  @Operation(summary = "The same as an Excel workbook, with real dates and numbers")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String register, Authentication authentication) {
    return SheetWriter.download(exporter.xlsx(authentication, register), "risks.xlsx");
  }

  private static ResponseEntity<RiskImport.Outcome> answer(RiskImport.Outcome outcome) {
    return outcome.succeeded()
        ? ResponseEntity.ok(outcome)
        : ResponseEntity.badRequest().body(outcome);
  }
}
