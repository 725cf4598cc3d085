package org.goldenthread.action.imports;

import java.io.IOException;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.SheetWriter;
import org.goldenthread.spreadsheet.Upload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports actions and milestones from a spreadsheet, all or nothing, for those who set actions up;
 * anyone signed in may export them in the same form.
 */
@Controller
class ActionImportController {

  private final ActionImport importer;
  private final ActionExport exporter;

  ActionImportController(ActionImport importer, ActionExport exporter) {
    this.importer = importer;
    this.exporter = exporter;
  }

  @GetMapping("/actions/import")
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  String form(Model model) {
    return form(model, FormErrors.none(), List.of(), null);
  }

  @PostMapping("/actions/import")
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal CurrentUser user,
      Model model)
      throws IOException {
    Upload upload = new Upload(file);
    if (upload.empty()) {
      return form(
          model, FormErrors.none().add("file", upload.missing("the actions")), List.of(), null);
    }
    String shown = upload.name();
    ActionImport.Outcome outcome = importer.run(upload.content(), user.person());
    if (!outcome.succeeded()) {
      FormErrors errors = FormErrors.none().add("file", outcome.summary(shown));
      return form(model, errors, outcome.problems(), shown);
    }
    model.addAttribute("fileName", shown);
    model.addAttribute("outcome", outcome);
    return "action/import-done";
  }

  /** The columns, with an action and one of its milestones to show how rows are written. */
  @GetMapping("/actions/import/template.csv")
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  ResponseEntity<byte[]> template() {
    return SheetWriter.download(SheetWriter.template(ActionColumns.LAYOUT), "actions-template.csv");
  }

  @GetMapping("/actions/export.csv")
  ResponseEntity<byte[]> csv() {
    return SheetWriter.download(exporter.csv(), "actions.csv");
  }

  @GetMapping("/actions/export.xlsx")
  ResponseEntity<byte[]> xlsx() {
    return SheetWriter.download(exporter.xlsx(), "actions.xlsx");
  }

  private String form(Model model, FormErrors errors, List<Problem> problems, String file) {
    model.addAttribute("errors", errors);
    model.addAttribute("problems", problems);
    model.addAttribute("fileName", file);
    model.addAttribute("columns", ActionColumns.LAYOUT.columns());
    return "action/import";
  }
}
