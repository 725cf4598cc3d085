package org.goldenthread.organisation.web;

import jakarta.validation.Valid;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitForm;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's structure: the tree, each unit, and (for administrators) changes to them. */
@Controller
class OrgUnitController {

  private final OrgUnitService units;
  private final PersonService people;
  private final GovernanceService governance;
  private final OrgChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;

  OrgUnitController(
      OrgUnitService units,
      PersonService people,
      GovernanceService governance,
      OrgChoices choices,
      AuditTrail audit,
      MessageSource messages) {
    this.units = units;
    this.people = people;
    this.governance = governance;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/organisation")
  String tree(Model model) {
    model.addAttribute("tree", units.tree());
    return "organisation/tree";
  }

  @GetMapping("/org-units/{id}")
  String show(@PathVariable long id, Model model) {
    OrgUnit unit = units.get(id);
    model.addAttribute("unit", unit);
    model.addAttribute("children", units.childrenOf(unit));
    model.addAttribute("people", people.inUnit(unit));
    model.addAttribute("portfolios", governance.portfoliosCovering(unit));
    model.addAttribute("history", audit.historyOf(OrgUnit.class, id));
    return "organisation/unit";
  }

  @GetMapping("/org-units/new")
  @PreAuthorize("hasRole('ADMIN')")
  String createForm(@RequestParam(required = false) Long parentId, Model model) {
    return form(model, null, OrgUnitForm.blank(parentId), FormErrors.none());
  }

  @PostMapping("/org-units/new")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @Valid @ModelAttribute("form") OrgUnitForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> units.create(form),
        unit -> {
          redirect.addFlashAttribute("success", unit.getName() + " has been added");
          return "redirect:/org-units/" + unit.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/org-units/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(@PathVariable long id, Model model) {
    OrgUnit unit = units.get(id);
    return form(model, unit, OrgUnitForm.of(unit), FormErrors.none());
  }

  @PostMapping("/org-units/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") OrgUnitForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    OrgUnit unit = units.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> units.update(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.getName() + " has been updated");
          return "redirect:/org-units/" + id;
        },
        errors -> form(model, unit, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(Model model, OrgUnit unit, OrgUnitForm form, FormErrors errors) {
    model.addAttribute("unit", unit);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", Choice.of(OrgUnitType.class, OrgUnitType::label));
    model.addAttribute("parents", choices.units("None (top of the structure)"));
    model.addAttribute("heads", choices.people("No head recorded", PersonType.OFFICER));
    return "organisation/unit-form";
  }
}
