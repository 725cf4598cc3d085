package org.goldenthread.intervention.clinic;

import jakarta.validation.Valid;
import org.goldenthread.account.CurrentUser;
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

/**
 * A clinic's agenda: drawing it up from the ladder, adding, moving and removing items, and
 * recording what the clinic said and decided about each. The performance team and the members of
 * the body do these.
 */
@Controller
@PreAuthorize("@clinicAccess.canRecord(authentication, #id)")
class ClinicAgendaController {

  private final Clinics clinics;
  private final ClinicRecords records;
  private final ClinicChoices choices;
  private final MessageSource messages;

  ClinicAgendaController(
      Clinics clinics, ClinicRecords records, ClinicChoices choices, MessageSource messages) {
    this.clinics = clinics;
    this.records = records;
    this.choices = choices;
    this.messages = messages;
  }

  @PostMapping("/clinics/{id}/agenda")
  String drawUp(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> clinics.drawUp(id, version),
        added ->
            added == 0
                ? "No more interventions are due at this clinic"
                : added
                    + (added == 1 ? " intervention" : " interventions")
                    + " added to the agenda");
    return "redirect:/clinics/" + id + "#agenda";
  }

  @PostMapping("/clinics/{id}/items")
  String add(
      @PathVariable long id,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> clinics.addItem(id, subject, version),
        item -> item.subjectLabel() + " added to the agenda");
    return "redirect:/clinics/" + id + "#agenda";
  }

  @PostMapping("/clinics/{id}/items/{itemId}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable long itemId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    String label = Clinics.item(clinics.get(id), itemId).subjectLabel();
    FormErrors.notice(
        redirect,
        () -> clinics.removeItem(id, itemId, version),
        c -> label + " taken off the agenda");
    return "redirect:/clinics/" + id + "#agenda";
  }

  @PostMapping("/clinics/{id}/items/{itemId}/move")
  String move(
      @PathVariable long id,
      @PathVariable long itemId,
      @RequestParam(defaultValue = "up") String direction,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> clinics.moveItem(id, itemId, "up".equals(direction), version),
        c -> "Agenda reordered");
    return "redirect:/clinics/" + id + "#agenda";
  }

  @GetMapping("/clinics/{id}/items/{itemId}")
  String itemForm(@PathVariable long id, @PathVariable long itemId, Model model) {
    ClinicItem item = Clinics.item(clinics.get(id), itemId);
    return page(model, item, ItemForm.of(item), FormErrors.none());
  }

  @PostMapping("/clinics/{id}/items/{itemId}")
  String record(
      @PathVariable long id,
      @PathVariable long itemId,
      @Valid @ModelAttribute("form") ItemForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      records
          .problems(id, itemId, form)
          .forEach((field, message) -> result.rejectValue(field, "clinic.item", message));
    }
    return FormErrors.submit(
        result,
        messages,
        () -> records.record(id, itemId, form, user.person()),
        saved -> {
          String changed =
              records
                  .frequencyChange(saved)
                  .filter(c -> form.chosen().contains(ClinicOutcome.MORE_FREQUENT_MONITORING))
                  .map(c -> ". " + c.label())
                  .orElse("");
          redirect.addFlashAttribute("success", "Recorded for " + saved.subjectLabel() + changed);
          return "redirect:/clinics/" + id + "#agenda";
        },
        errors ->
            page(
                model,
                Clinics.item(clinics.get(id), itemId),
                errors.keep(form, ItemForm::withVersion),
                errors));
  }

  private String page(Model model, ClinicItem item, ItemForm form, FormErrors errors) {
    model.addAttribute("clinic", item.getClinic());
    model.addAttribute("item", item);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("outcomes", choices.outcomes());
    model.addAttribute("change", records.frequencyChange(item).orElse(null));
    model.addAttribute(
        "frequencies",
        item.getIndicator() == null ? null : choices.frequencies(item.getIndicator()));
    return "clinic/item-form";
  }
}
