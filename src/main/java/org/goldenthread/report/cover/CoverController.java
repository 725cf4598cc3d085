package org.goldenthread.report.cover;

import jakarta.validation.Valid;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.period.Period;
import org.goldenthread.report.CoverSheet;
import org.goldenthread.report.PeriodChoice;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.web.ReportChoices;
import org.goldenthread.shared.Actor;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A report's cover for one period's issue to a body: filled in by whoever prepares the report (the
 * performance team, a director or a manager who may read it), starting from the defaults.
 */
@Controller
class CoverController {

  static final String PREPARE =
      "hasAnyRole('ADMIN', 'DIRECTOR', 'MANAGER') and @reportAccess.canRead(authentication, #id)";

  private final ReportCovers covers;
  private final ReportService reports;
  private final ReportChoices choices;
  private final MessageSource messages;
  private final Clock clock;

  CoverController(
      ReportCovers covers,
      ReportService reports,
      ReportChoices choices,
      MessageSource messages,
      Clock clock) {
    this.covers = covers;
    this.reports = reports;
    this.choices = choices;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/reports/{id}/cover")
  @PreAuthorize(PREPARE)
  String form(
      @PathVariable long id,
      PeriodChoice.Asked period,
      BindingResult binding,
      @RequestParam(required = false) Long bodyId,
      @AuthenticationPrincipal Actor actor,
      Model model) {
    ReportDefinition definition = reports.get(id);
    Period chosen =
        PeriodChoice.of(
                period,
                binding,
                Period.containing(LocalDate.now(clock), definition.getPeriodType()))
            .chosen();
    return page(
        model,
        definition,
        chosen,
        covers.form(id, chosen, bodyId, actor.person()),
        FormErrors.none());
  }

  @PostMapping("/reports/{id}/cover")
  @PreAuthorize(PREPARE)
  String save(
      @PathVariable long id,
      @RequestParam("period") Period period,
      @Valid @ModelAttribute("form") CoverForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.problems().forEach((field, message) -> result.rejectValue(field, "cover", message));
    if (result.hasErrors()) {
      return page(model, reports.get(id), period, form, inPageOrder(result));
    }
    return FormErrors.submit(
        result,
        messages,
        () -> covers.save(id, period, form),
        saved -> {
          redirect.addFlashAttribute(
              "success",
              "The cover for " + saved.getBody().getName() + " on " + period.label() + " is saved");
          return "redirect:"
              + UriComponentsBuilder.fromPath("/reports/{id}")
                  .queryParam("period", period.label())
                  .queryParam("bodyId", saved.getBody().getId())
                  .fragment("cover")
                  .buildAndExpand(id)
                  .encode()
                  .toUriString();
        },
        errors ->
            page(
                model, reports.get(id), period, errors.keep(form, CoverForm::withVersion), errors));
  }

  /** The problems in the order the form asks its questions, as the error summary lists them. */
  private FormErrors inPageOrder(BindingResult result) {
    FormErrors all = FormErrors.from(result, messages);
    FormErrors ordered = FormErrors.none();
    for (RecordComponent field : CoverForm.class.getRecordComponents()) {
      if (all.has(field.getName())) {
        ordered.add(field.getName(), all.get(field.getName()));
      }
    }
    return ordered;
  }

  private String page(
      Model model, ReportDefinition definition, Period period, CoverForm form, FormErrors errors) {
    model.addAttribute("definition", definition);
    model.addAttribute("period", period);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("bodies", choices.bodies("Choose a body"));
    List<Choice> people = new ArrayList<>();
    people.add(Choice.of(null, "Choose the contact officer"));
    people.addAll(choices.people());
    model.addAttribute("people", people);
    List<Choice> paragraphs = new ArrayList<>();
    paragraphs.add(Choice.of(null, "Choose a paragraph"));
    for (int p = 1; p <= CoverSheet.EXEMPT_PARAGRAPHS.size(); p++) {
      paragraphs.add(Choice.of(p, "Paragraph " + p + ": " + CoverSheet.paragraph(p)));
    }
    model.addAttribute("paragraphs", paragraphs);
    return "report/cover-form";
  }
}
