package org.goldenthread.intervention.clinic;

import jakarta.validation.Valid;
import java.util.List;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * The clinics: the list, one clinic with its agenda and recognitions, and planning one. The
 * performance team and the members of the body record a clinic; other staff and members read it.
 */
@Controller
class ClinicController {

  private final Clinics clinics;
  private final ClinicRecords records;
  private final Recognitions recognitions;
  private final ClinicChoices choices;
  private final ClinicAccess access;
  private final PersonService people;
  private final MessageSource messages;

  ClinicController(
      Clinics clinics,
      ClinicRecords records,
      Recognitions recognitions,
      ClinicChoices choices,
      ClinicAccess access,
      PersonService people,
      MessageSource messages) {
    this.clinics = clinics;
    this.records = records;
    this.recognitions = recognitions;
    this.choices = choices;
    this.access = access;
    this.people = people;
    this.messages = messages;
  }

  @GetMapping("/clinics")
  String list(Model model) {
    model.addAttribute("clinics", clinics.all());
    return "clinic/clinics";
  }

  @GetMapping("/clinics/{id}")
  String show(@PathVariable long id, Authentication authentication, Model model) {
    Clinic clinic = clinics.get(id);
    model.addAttribute("clinic", clinic);
    model.addAttribute("canRecord", access.canRecord(authentication, id));
    model.addAttribute(
        "attendees",
        clinic.getAttendeeIds().stream()
            .map(people::get)
            .sorted(java.util.Comparator.comparing(p -> p.getFullName()))
            .toList());
    model.addAttribute("changes", records.frequencyChanges(clinic));
    model.addAttribute(
        "dueNotOnAgenda",
        clinic.isHeld()
            ? List.of()
            : clinics.due(clinic).stream()
                .filter(
                    i -> clinic.getItems().stream().noneMatch(x -> i.equals(x.getIntervention())))
                .toList());
    model.addAttribute("proposals", recognitions.proposals(clinic));
    model.addAttribute("subjects", choices.subjects());
    model.addAttribute("recognisable", choices.recognisable());
    return "clinic/clinic";
  }

  @GetMapping("/clinics/new")
  @PreAuthorize("@clinicAccess.canPlan(authentication)")
  String newForm(Authentication authentication, Model model) {
    return form(
        model,
        authentication,
        null,
        new ClinicForm(null, null, null, null, List.of(), null),
        FormErrors.none());
  }

  @PostMapping("/clinics/new")
  @PreAuthorize("@clinicAccess.canPlan(authentication)")
  String create(
      @Valid @ModelAttribute("form") ClinicForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    refuseOtherBodies(form, result, authentication);
    return FormErrors.submit(
        result,
        messages,
        () -> clinics.plan(form),
        saved -> {
          redirect.addFlashAttribute(
              "success",
              saved.getTitle()
                  + " planned, with "
                  + saved.getItems().size()
                  + (saved.getItems().size() == 1 ? " item" : " items")
                  + " on its agenda from the intervention ladder");
          return "redirect:/clinics/" + saved.getId();
        },
        errors -> form(model, authentication, null, form, errors));
  }

  @GetMapping("/clinics/{id}/edit")
  @PreAuthorize("@clinicAccess.canRecord(authentication, #id)")
  String editForm(@PathVariable long id, Authentication authentication, Model model) {
    Clinic clinic = clinics.get(id);
    return form(model, authentication, clinic, ClinicForm.of(clinic), FormErrors.none());
  }

  @PostMapping("/clinics/{id}/edit")
  @PreAuthorize("@clinicAccess.canRecord(authentication, #id)")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ClinicForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    refuseOtherBodies(form, result, authentication);
    return FormErrors.submit(
        result,
        messages,
        () -> clinics.update(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.getTitle() + " saved");
          return "redirect:/clinics/" + id;
        },
        errors ->
            form(
                model,
                authentication,
                clinics.get(id),
                errors.keep(form, ClinicForm::withVersion),
                errors));
  }

  @PostMapping("/clinics/{id}/hold")
  @PreAuthorize("@clinicAccess.canRecord(authentication, #id)")
  String hold(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> clinics.hold(id, version),
        c -> c.getTitle() + " recorded as held: its agenda is now fixed");
    return "redirect:/clinics/" + id;
  }

  private void refuseOtherBodies(
      ClinicForm form, BindingResult result, Authentication authentication) {
    if (form.bodyId() != null && !access.canRecordFor(authentication, form.bodyId())) {
      result.rejectValue(
          "bodyId", "clinic.body", "Choose a body you sit on: only its members record its clinics");
    }
  }

  private String form(
      Model model,
      Authentication authentication,
      Clinic clinic,
      ClinicForm form,
      FormErrors errors) {
    model.addAttribute("clinic", clinic);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("bodies", choices.bodies(authentication));
    model.addAttribute("units", choices.units());
    model.addAttribute("people", choices.people());
    return "clinic/clinic-form";
  }
}
