package org.goldenthread.framework.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanService;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.SheetWriter;
import org.goldenthread.spreadsheet.Upload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Administrators set up the framework by uploading a spreadsheet of its items. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FrameworkImportController {

  private final FrameworkImport importer;
  private final PlanService plans;
  private final MessageSource messages;

  FrameworkImportController(FrameworkImport importer, PlanService plans, MessageSource messages) {
    this.importer = importer;
    this.plans = plans;
    this.messages = messages;
  }

  @GetMapping("/framework/import")
  String form(Model model) {
    return form(model, ImportForm.blank(), FormErrors.none(), List.of(), null);
  }

  @PostMapping("/framework/import")
  String upload(@ModelAttribute("form") ImportForm form, BindingResult result, Model model)
      throws IOException {
    FormErrors errors = FormErrors.from(result, messages);
    if (errors.any()) {
      return form(model, form, errors, List.of(), null);
    }
    Upload upload = new Upload(form.file());
    if (upload.empty()) {
      errors.add("file", upload.missing("the framework items"));
      return form(model, form, errors, List.of(), null);
    }
    FrameworkImport.Outcome outcome;
    try {
      outcome = importer.run(upload.content(), form.planId());
    } catch (RuleViolationException refused) {
      outcome = FrameworkImport.Outcome.refused(refused.getMessage());
    }
    if (!outcome.succeeded()) {
      List<Problem> problems = outcome.problems();
      errors.add("file", Problems.summary(problems, upload.name()));
      return form(model, form, errors, problems, upload.name());
    }
    model.addAttribute("created", outcome.created());
    model.addAttribute("plan", form.planId() == null ? null : plans.get(form.planId()));
    return "framework/import-done";
  }

  /** A CSV file with the columns and a small example framework to start from. */
  @GetMapping("/framework/import/template.csv")
  ResponseEntity<byte[]> template() {
    return SheetWriter.download(
        SheetWriter.template(FrameworkColumns.LAYOUT), "framework-import-template.csv");
  }

  private String form(
      Model model, ImportForm form, FormErrors errors, List<Problem> problems, String file) {
    List<Choice> planChoices = new ArrayList<>();
    planChoices.add(Choice.of(null, "No plan"));
    for (Plan plan : plans.all()) {
      planChoices.add(
          Choice.of(
              plan.getId(),
              plan.getTitle()
                  + (plan.getStatus().allowsChanges()
                      ? ""
                      : " ("
                          + plan.getStatus().label().toLowerCase()
                          + ": cannot take new items)")));
    }
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problems", problems);
    model.addAttribute("fileName", file);
    model.addAttribute("plans", planChoices);
    model.addAttribute("columns", FrameworkColumns.LAYOUT.columns());
    return "framework/import";
  }
}
