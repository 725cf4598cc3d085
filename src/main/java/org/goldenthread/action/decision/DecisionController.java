package org.goldenthread.action.decision;

import jakarta.validation.Valid;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.web.ActionChoices;
import org.goldenthread.audit.AuditTrail;
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

/** The decisions register ("progress on decisions"), each decision's page, and recording one. */
@Controller
class DecisionController {

  private final DecisionService decisions;
  private final ActionService actions;
  private final ActionChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;

  DecisionController(
      DecisionService decisions,
      ActionService actions,
      ActionChoices choices,
      AuditTrail audit,
      MessageSource messages) {
    this.decisions = decisions;
    this.actions = actions;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/decisions")
  String register(
      @RequestParam(required = false) Long bodyId,
      @RequestParam(defaultValue = "false") boolean outstanding,
      Model model) {
    model.addAttribute("register", decisions.register(bodyId, outstanding));
    model.addAttribute("bodyId", bodyId);
    model.addAttribute("outstanding", outstanding);
    model.addAttribute("bodies", choices.bodies("Every body"));
    model.addAttribute("today", actions.today());
    return "action/decisions";
  }

  @GetMapping("/decisions/{id}")
  String show(@PathVariable long id, Model model) {
    Decision decision = decisions.get(id);
    model.addAttribute("progress", decisions.progress(decision));
    model.addAttribute("today", actions.today());
    model.addAttribute("history", audit.historyOf(Decision.class, id));
    return "action/decision";
  }

  @GetMapping("/decisions/new")
  @PreAuthorize("@actionAccess.canRecordDecisions(authentication)")
  String createForm(@RequestParam(required = false) Long bodyId, Model model) {
    return form(model, null, DecisionForm.blank(bodyId), FormErrors.none());
  }

  @PostMapping("/decisions/new")
  @PreAuthorize("@actionAccess.canRecordDecisions(authentication)")
  String create(
      @Valid @ModelAttribute("form") DecisionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> decisions.create(form),
        saved -> saved(saved, "has been recorded", redirect),
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/decisions/{id}/edit")
  @PreAuthorize("@actionAccess.canRecordDecisions(authentication)")
  String editForm(@PathVariable long id, Model model) {
    Decision decision = decisions.get(id);
    return form(model, decision, DecisionForm.of(decision), FormErrors.none());
  }

  @PostMapping("/decisions/{id}/edit")
  @PreAuthorize("@actionAccess.canRecordDecisions(authentication)")
  String edit(
      @PathVariable long id,
      @Valid @ModelAttribute("form") DecisionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> decisions.update(id, form),
        saved -> saved(saved, "has been saved", redirect),
        errors ->
            form(model, decisions.get(id), errors.keep(form, DecisionForm::withVersion), errors));
  }

  private static String saved(Decision decision, String done, RedirectAttributes redirect) {
    redirect.addFlashAttribute("success", "Decision " + decision.getMinuteReference() + " " + done);
    return "redirect:/decisions/" + decision.getId();
  }

  private String form(Model model, Decision decision, DecisionForm form, FormErrors errors) {
    model.addAttribute("decision", decision);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("bodies", choices.bodies("Choose a body"));
    return "action/decision-form";
  }
}
