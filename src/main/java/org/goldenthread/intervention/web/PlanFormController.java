package org.goldenthread.intervention.web;

import jakarta.validation.Valid;
import java.util.Optional;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.PlanForm;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlans;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.RuleViolationException;
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
 * The responsible officer (or the performance team) proposes a remedial plan, or revises a rejected
 * one: what will be done, by when, the effect expected, and optionally an action for it.
 */
@Controller
class PlanFormController {

  private final RemedialPlans plans;
  private final InterventionPage pages;
  private final MessageSource messages;

  PlanFormController(RemedialPlans plans, InterventionPage pages, MessageSource messages) {
    this.plans = plans;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/interventions/{id}/plans/new")
  @PreAuthorize("@interventionAccess.canPropose(authentication, #id)")
  String form(
      @PathVariable long id,
      @RequestParam(required = false) Long revises,
      Model model,
      RedirectAttributes redirect) {
    Intervention intervention = plans.get(id);
    try {
      plans.checkCanPropose(intervention);
    } catch (RuleViolationException refused) {
      redirect.addFlashAttribute("problem", refused.getMessage());
      return "redirect:/interventions/" + id;
    }
    Optional<RemedialPlan> rejected = plans.toRevise(intervention);
    if (revises != null && rejected.map(p -> !p.getId().equals(revises)).orElse(true)) {
      redirect.addFlashAttribute(
          "problem", "That plan is not the rejected plan waiting to be revised.");
      return "redirect:/interventions/" + id;
    }
    PlanForm form =
        rejected
            .map(p -> PlanForm.revising(p, intervention.getVersion()))
            .orElseGet(() -> PlanForm.blank(null, intervention.getVersion()));
    return page(model, intervention, form, FormErrors.none());
  }

  @PostMapping("/interventions/{id}/plans/new")
  @PreAuthorize("@interventionAccess.canPropose(authentication, #id)")
  String propose(
      @PathVariable long id,
      @Valid @ModelAttribute("form") PlanForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    plans.get(id);
    if (form.byWhen() != null
        && !result.hasFieldErrors("byWhen")
        && form.byWhen().isBefore(plans.today())) {
      result.rejectValue("byWhen", "past", "The date cannot be in the past");
    }
    return FormErrors.submit(
        result,
        messages,
        () -> plans.propose(id, form, user.person()),
        plan -> {
          redirect.addFlashAttribute(
              "success",
              (plan.getRevises() == null
                      ? "The remedial plan is proposed"
                      : "The revised plan is proposed")
                  + (plan.getActionIds().isEmpty() ? "" : ", with an action to deliver it")
                  + ". The accountable person is asked to agree it.");
          return "redirect:/interventions/" + id + "#plans";
        },
        errors -> page(model, plans.get(id), errors.keep(form, PlanForm::withVersion), errors));
  }

  private String page(Model model, Intervention intervention, PlanForm form, FormErrors errors) {
    model.addAttribute("intervention", intervention);
    model.addAttribute("levelName", pages.levelName(intervention));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("revising", plans.toRevise(intervention).orElse(null));
    model.addAttribute("today", plans.today());
    return "intervention/plan-form";
  }
}
