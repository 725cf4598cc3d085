package org.goldenthread.intervention.web;

import jakarta.validation.Valid;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.intervention.InterventionAccess;
import org.goldenthread.intervention.RejectionForm;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlans;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * The page of one intervention, and the accountable person's decision on the plan waiting for it:
 * agreed with a button, or rejected with a reason written on the page.
 */
@Controller
class InterventionController {

  private final InterventionPage pages;
  private final RemedialPlans plans;
  private final InterventionAccess access;
  private final MessageSource messages;
  private final DisplayFormats formats;

  InterventionController(
      InterventionPage pages,
      RemedialPlans plans,
      InterventionAccess access,
      MessageSource messages,
      DisplayFormats formats) {
    this.pages = pages;
    this.plans = plans;
    this.access = access;
    this.messages = messages;
    this.formats = formats;
  }

  @GetMapping("/interventions/{id}")
  String intervention(@PathVariable long id, Authentication authentication, Model model) {
    return page(model, id, authentication, null, FormErrors.none());
  }

  @PostMapping("/interventions/{id}/plans/{planId}/agree")
  @PreAuthorize("@interventionAccess.canDecide(authentication, #id)")
  String agree(
      @PathVariable long id,
      @PathVariable long planId,
      @RequestParam(required = false) Long version,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    plans.plan(id, planId);
    FormErrors.notice(
        redirect,
        () -> plans.agree(id, planId, version, user.person()),
        p -> "The remedial plan is agreed. It is due to be done by " + date(p) + ".");
    return "redirect:/interventions/" + id + "#plans";
  }

  @PostMapping("/interventions/{id}/plans/{planId}/reject")
  @PreAuthorize("@interventionAccess.canDecide(authentication, #id)")
  String reject(
      @PathVariable long id,
      @PathVariable long planId,
      @Valid @ModelAttribute("rejection") RejectionForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    plans.plan(id, planId);
    return FormErrors.submit(
        result,
        messages,
        () -> plans.reject(id, planId, form, user.person()),
        p -> {
          redirect.addFlashAttribute(
              "success",
              "The remedial plan is rejected. The responsible officer is asked to revise it.");
          return "redirect:/interventions/" + id + "#plans";
        },
        errors ->
            page(model, id, authentication, errors.keep(form, RejectionForm::withVersion), errors));
  }

  private String date(RemedialPlan plan) {
    return formats.date(plan.getByWhen());
  }

  private String page(
      Model model,
      long id,
      Authentication authentication,
      RejectionForm rejection,
      FormErrors errors) {
    InterventionPage.View view = pages.of(id);
    model.addAttribute("view", view);
    model.addAttribute("intervention", view.intervention());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "rejection",
        rejection != null
            ? rejection
            : new RejectionForm(null, view.waiting().map(RemedialPlan::getVersion).orElse(null)));
    model.addAttribute("canPropose", access.canPropose(authentication, view.intervention()));
    model.addAttribute("canDecide", access.canDecide(authentication, view.intervention()));
    model.addAttribute("canReview", access.canReview(authentication, view.intervention()));
    return "intervention/intervention";
  }
}
