package org.goldenthread.organisation.web;

import jakarta.validation.Valid;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.OrganisationForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.Sector;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council and its partner organisations. */
@Controller
class OrganisationController {

  private final GovernanceService governance;
  private final PersonService people;
  private final AuditTrail audit;
  private final MessageSource messages;

  OrganisationController(
      GovernanceService governance,
      PersonService people,
      AuditTrail audit,
      MessageSource messages) {
    this.governance = governance;
    this.people = people;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/organisations")
  String list(Model model) {
    model.addAttribute("council", governance.council().orElse(null));
    model.addAttribute("partners", governance.partners());
    return "organisation/organisations";
  }

  @GetMapping("/organisations/{id}")
  String show(@PathVariable long id, Model model) {
    Organisation organisation = governance.organisation(id);
    model.addAttribute("organisation", organisation);
    model.addAttribute("contacts", people.ofOrganisation(organisation));
    model.addAttribute("history", audit.historyOf(Organisation.class, id));
    return "organisation/organisation";
  }

  @GetMapping("/organisations/new")
  @PreAuthorize("hasRole('ADMIN')")
  String createForm(Model model) {
    return form(model, null, new OrganisationForm(null, null, null, null, null), FormErrors.none());
  }

  @PostMapping("/organisations/new")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> governance.createPartner(form),
        partner -> {
          redirect.addFlashAttribute("success", partner.getName() + " has been added");
          return "redirect:/organisations/" + partner.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/organisations/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(@PathVariable long id, Model model) {
    Organisation organisation = governance.organisation(id);
    return form(model, organisation, OrganisationForm.of(organisation), FormErrors.none());
  }

  @PostMapping("/organisations/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Organisation organisation = governance.organisation(id);
    return FormErrors.submit(
        result,
        messages,
        () -> governance.updateOrganisation(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.getName() + " has been updated");
          return "redirect:/organisations/" + id;
        },
        errors -> form(model, organisation, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(
      Model model, Organisation organisation, OrganisationForm form, FormErrors errors) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("sectors", Choice.of(Sector.class, Sector::label));
    return "organisation/organisation-form";
  }
}
