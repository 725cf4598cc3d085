package org.goldenthread.calendar.admin;

import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.CalendarTemplateEntry;
import org.goldenthread.calendar.CalendarTemplates;
import org.goldenthread.calendar.CalendarYear;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance team's template of the usual year (its lines added, changed and removed), and a
 * new year made from it. Only administrators reach /admin (config.RouteAccess).
 */
@Controller
class CalendarTemplateAdminController {

  private final CalendarService calendar;
  private final CalendarTemplates templates;
  private final CalendarChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;

  CalendarTemplateAdminController(
      CalendarService calendar,
      CalendarTemplates templates,
      CalendarChoices choices,
      AuditTrail audit,
      MessageSource messages) {
    this.calendar = calendar;
    this.templates = templates;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/admin/calendar")
  String index(Model model) {
    FinancialYear now = FinancialYear.of(calendar.today());
    model.addAttribute("lines", calendar.template());
    model.addAttribute("years", java.util.List.of(now.previous(), now, now.next()));
    model.addAttribute("calendar", calendar);
    return "calendar/admin/index";
  }

  @PostMapping("/admin/calendar/years")
  String createYear(@RequestParam String year, RedirectAttributes redirect) {
    FinancialYear chosen;
    try {
      chosen = CalendarYear.parse(year, calendar.today());
    } catch (RuleViolationException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
      return "redirect:/admin/calendar";
    }
    FormErrors.notice(
        redirect,
        () -> calendar.createYear(chosen),
        made -> "The " + chosen.label() + " calendar has been made from the template");
    return "redirect:/calendar?year=" + CalendarYear.code(chosen);
  }

  @GetMapping("/admin/calendar/template/new")
  String newLine(Model model) {
    return form(model, null, TemplateLineForm.blank(), FormErrors.none());
  }

  @PostMapping("/admin/calendar/template/new")
  String add(
      @Valid @ModelAttribute("form") TemplateLineForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return submit(
        form,
        result,
        () -> templates.add(form.line()),
        saved -> saved(redirect, saved, "has been added to the template"),
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/admin/calendar/template/{id}")
  String edit(@PathVariable long id, Model model) {
    CalendarTemplateEntry line = templates.get(id);
    return form(model, line, TemplateLineForm.of(line), FormErrors.none());
  }

  @PostMapping("/admin/calendar/template/{id}")
  String change(
      @PathVariable long id,
      @Valid @ModelAttribute("form") TemplateLineForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CalendarTemplateEntry line = templates.get(id);
    return submit(
        form,
        result,
        () -> templates.change(id, form.line(), form.version()),
        saved -> saved(redirect, saved, "has been changed"),
        errors -> form(model, line, errors.keep(form, TemplateLineForm::withVersion), errors));
  }

  @PostMapping("/admin/calendar/template/{id}/remove")
  String remove(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> templates.remove(id, version),
        removed -> "‘" + removed.getTitle() + "’ has been removed from the template");
    return "redirect:/admin/calendar";
  }

  private String submit(
      TemplateLineForm form,
      BindingResult result,
      Supplier<CalendarTemplateEntry> change,
      java.util.function.Function<CalendarTemplateEntry, String> onSaved,
      java.util.function.Function<FormErrors, String> onRefused) {
    FormErrors errors = FormErrors.from(result, messages);
    form.checkDates(errors);
    if (errors.any()) {
      return onRefused.apply(errors);
    }
    return errors.attempt(change).map(onSaved).orElseGet(() -> onRefused.apply(errors));
  }

  private static String saved(
      RedirectAttributes redirect, CalendarTemplateEntry line, String done) {
    redirect.addFlashAttribute("success", "‘" + line.getTitle() + "’ " + done);
    return "redirect:/admin/calendar";
  }

  private String form(
      Model model, CalendarTemplateEntry line, TemplateLineForm form, FormErrors errors) {
    model.addAttribute("line", line);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", choices.kinds());
    model.addAttribute("concernsChoices", choices.concerns());
    model.addAttribute("bodyTypes", choices.bodyTypes());
    model.addAttribute("startMonths", choices.months("No window: a single date"));
    model.addAttribute("dueMonths", choices.months("Choose a month"));
    model.addAttribute(
        "history",
        line == null
            ? java.util.List.of()
            : audit.historyOf(CalendarTemplateEntry.class, line.getId()));
    return "calendar/admin/template-line";
  }
}
