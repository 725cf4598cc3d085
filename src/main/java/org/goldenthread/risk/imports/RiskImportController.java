package org.goldenthread.risk.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.SheetWriter;
import org.goldenthread.spreadsheet.Upload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The performance team imports risk registers from a spreadsheet, all or nothing; anyone who reads
 * risks may export those they read in the same form.
 */
@Controller
class RiskImportController {

  private final RiskImport importer;
  private final RiskExport exporter;

  RiskImportController(RiskImport importer, RiskExport exporter) {
    this.importer = importer;
    this.exporter = exporter;
  }

  @GetMapping("/risks/import")
  @PreAuthorize("@riskAccess.canManage(authentication)")
  String form(Model model) {
    return form(model, FormErrors.none(), List.of(), null);
  }

  @PostMapping("/risks/import")
  @PreAuthorize("@riskAccess.canManage(authentication)")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal CurrentUser user,
      Model model)
      throws IOException {
    Upload upload = new Upload(file);
    if (upload.empty()) {
      return form(
          model, FormErrors.none().add("file", upload.missing("the risks")), List.of(), null);
    }
    String shown = upload.name();
    RiskImport.Outcome outcome = importer.run(upload.content(), user.person());
    if (!outcome.succeeded()) {
      FormErrors errors = FormErrors.none().add("file", outcome.summary(shown));
      return form(model, errors, outcome.problems(), shown);
    }
    model.addAttribute("fileName", shown);
    model.addAttribute("outcome", outcome);
    return "risk/import-done";
  }

  /**
   * The columns, with a new risk and a quarter's review of another to show how rows are written.
   */
  @GetMapping("/risks/import/template.csv")
  @PreAuthorize("@riskAccess.canManage(authentication)")
  ResponseEntity<byte[]> template() {
    return SheetWriter.download(SheetWriter.template(RiskColumns.LAYOUT), "risks-template.csv");
  }

  @GetMapping("/risks/import/template.xlsx")
  @PreAuthorize("@riskAccess.canManage(authentication)")
  ResponseEntity<byte[]> templateXlsx() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(RiskColumns.LAYOUT.headings());
    rows.addAll(RiskColumns.LAYOUT.examples());
    return SheetWriter.download(
        SheetWriter.xlsx("Risks", RiskColumns.LAYOUT, rows), "risks-template.xlsx");
  }

  @GetMapping("/risks/export.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String register, Authentication authentication) {
    return SheetWriter.download(exporter.csv(authentication, register), "risks.csv");
  }

  @GetMapping("/risks/export.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String register, Authentication authentication) {
    return SheetWriter.download(exporter.xlsx(authentication, register), "risks.xlsx");
  }

  private String form(Model model, FormErrors errors, List<Problem> problems, String file) {
    model.addAttribute("errors", errors);
    model.addAttribute("problems", problems);
    model.addAttribute("fileName", file);
    model.addAttribute("columns", RiskColumns.LAYOUT.columns());
    return "risk/import";
  }
}
