package org.goldenthread.calendar.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.CalendarYear;
import org.goldenthread.calendar.ConcernedRecords.Concerned;
import org.goldenthread.calendar.EntryDetails;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.RecordNotFoundException;
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

/** The performance team adds, changes, cancels and reinstates a year's events and tasks. */
@Controller
class CalendarEntryAdminController {

  private final CalendarService calendar;
  private final CalendarChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;

  CalendarEntryAdminController(
      CalendarService calendar, CalendarChoices choices, AuditTrail audit, MessageSource messages) {
    this.calendar = calendar;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/admin/calendar/years/{year}/entries/new")
  String newEntry(@PathVariable String year, Model model) {
    return form(model, year(year), null, EntryForm.blank(), FormErrors.none());
  }

  @PostMapping("/admin/calendar/years/{year}/entries/new")
  String add(
      @PathVariable String year,
      @Valid @ModelAttribute("form") EntryForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    FinancialYear chosen = year(year);
    return submit(
        chosen,
        form,
        result,
        details -> () -> calendar.add(chosen, details),
        saved -> saved(redirect, saved, "has been added to the " + chosen.label() + " calendar"),
        errors -> form(model, chosen, null, form, errors));
  }

  @GetMapping("/admin/calendar/entries/{id}")
  String edit(@PathVariable long id, Model model) {
    CalendarEntry entry = calendar.get(id);
    return form(model, entry.getFinancialYear(), entry, EntryForm.of(entry), FormErrors.none());
  }

  @PostMapping("/admin/calendar/entries/{id}")
  String change(
      @PathVariable long id,
      @Valid @ModelAttribute("form") EntryForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CalendarEntry entry = calendar.get(id);
    return submit(
        entry.getFinancialYear(),
        form,
        result,
        details -> () -> calendar.change(id, details, form.version()),
        saved -> saved(redirect, saved, "has been changed"),
        errors ->
            form(
                model,
                entry.getFinancialYear(),
                entry,
                errors.keep(form, EntryForm::withVersion),
                errors));
  }

  @PostMapping("/admin/calendar/entries/{id}/cancel")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> calendar.cancel(id, version),
        e -> "‘" + e.getTitle() + "’ has been cancelled");
    return "redirect:/calendar/entries/" + id;
  }

  @PostMapping("/admin/calendar/entries/{id}/reinstate")
  String reinstate(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> calendar.reinstate(id, version),
        e -> "‘" + e.getTitle() + "’ is planned again");
    return "redirect:/calendar/entries/" + id;
  }

  private String submit(
      FinancialYear year,
      EntryForm form,
      BindingResult result,
      Function<EntryDetails, Supplier<CalendarEntry>> change,
      Function<CalendarEntry, String> onSaved,
      Function<FormErrors, String> onRefused) {
    FormErrors errors = FormErrors.from(result, messages);
    EntryDetails details = form.details(year, choices.recordList(), errors);
    if (errors.any()) {
      return onRefused.apply(errors);
    }
    return errors
        .attempt(change.apply(details))
        .map(onSaved)
        .orElseGet(() -> onRefused.apply(errors));
  }

  private static String saved(RedirectAttributes redirect, CalendarEntry entry, String done) {
    redirect.addFlashAttribute("success", "‘" + entry.getTitle() + "’ " + done);
    return "redirect:/calendar/entries/" + entry.getId();
  }

  private FinancialYear year(String text) {
    try {
      return CalendarYear.parse(text, calendar.today());
    } catch (RuleViolationException e) {
      throw new RecordNotFoundException("Calendar year", text);
    }
  }

  private String form(
      Model model, FinancialYear year, CalendarEntry entry, EntryForm form, FormErrors errors) {
    List<Concerned> records = choices.recordList();
    model.addAttribute("year", year);
    model.addAttribute("yearCode", CalendarYear.code(year));
    model.addAttribute("entry", entry);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", choices.kinds());
    model.addAttribute("concernsChoices", choices.concerns());
    model.addAttribute("records", choices.records(records));
    model.addAttribute("owners", choices.owners());
    model.addAttribute(
        "history", entry == null ? List.of() : audit.historyOf(CalendarEntry.class, entry.getId()));
    return "calendar/admin/entry-form";
  }
}
