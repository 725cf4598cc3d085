package org.goldenthread.organisation.web;

import jakarta.validation.Valid;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipForm;
import org.goldenthread.organisation.governance.MembershipRole;
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

/** Bodies (Cabinet, committees, officer boards) and who sits on them. */
@Controller
class BodyController {

  private final GovernanceService governance;
  private final OrgChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;

  BodyController(
      GovernanceService governance, OrgChoices choices, AuditTrail audit, MessageSource messages) {
    this.governance = governance;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/bodies")
  String list(Model model) {
    model.addAttribute("bodies", governance.bodies());
    return "organisation/bodies";
  }

  @GetMapping("/bodies/{id}")
  String show(@PathVariable long id, Model model) {
    return page(
        model,
        governance.body(id),
        new MembershipForm(null, MembershipRole.MEMBER),
        FormErrors.none());
  }

  private String page(Model model, Body body, MembershipForm form, FormErrors errors) {
    model.addAttribute("body", body);
    model.addAttribute("members", governance.membersOf(body));
    model.addAttribute("history", audit.historyOf(Body.class, body.getId()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("people", choices.people("Choose a person", null));
    model.addAttribute("roles", Choice.of(MembershipRole.class, MembershipRole::label));
    return "organisation/body";
  }

  @PostMapping("/bodies/{id}/members")
  @PreAuthorize("hasRole('ADMIN')")
  String addMember(
      @PathVariable long id,
      @Valid @ModelAttribute("form") MembershipForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Body body = governance.body(id);
    return FormErrors.submit(
        result,
        messages,
        () -> governance.addMember(id, form),
        seat -> {
          redirect.addFlashAttribute("success", seat.getPerson().getFullName() + " has been added");
          return "redirect:/bodies/" + id;
        },
        errors -> page(model, body, form, errors));
  }

  @PostMapping("/bodies/{id}/members/{membershipId}/remove")
  @PreAuthorize("hasRole('ADMIN')")
  String removeMember(
      @PathVariable long id, @PathVariable long membershipId, RedirectAttributes redirect) {
    governance.removeMember(id, membershipId);
    redirect.addFlashAttribute("success", "The member has been removed");
    return "redirect:/bodies/" + id;
  }

  @GetMapping("/bodies/new")
  @PreAuthorize("hasRole('ADMIN')")
  String createForm(Model model) {
    return form(model, null, new BodyForm(null, null, null, "0", null), FormErrors.none());
  }

  @PostMapping("/bodies/new")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @Valid @ModelAttribute("form") BodyForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> governance.createBody(form),
        body -> {
          redirect.addFlashAttribute("success", body.getName() + " has been added");
          return "redirect:/bodies/" + body.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/bodies/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(@PathVariable long id, Model model) {
    Body body = governance.body(id);
    return form(model, body, BodyForm.of(body), FormErrors.none());
  }

  @PostMapping("/bodies/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") BodyForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Body body = governance.body(id);
    return FormErrors.submit(
        result,
        messages,
        () -> governance.updateBody(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.getName() + " has been updated");
          return "redirect:/bodies/" + id;
        },
        errors -> form(model, body, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(Model model, Body body, BodyForm form, FormErrors errors) {
    model.addAttribute("body", body);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", Choice.of(BodyType.class, BodyType::label));
    return "organisation/body-form";
  }
}
