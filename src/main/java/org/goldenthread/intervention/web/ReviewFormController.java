package org.goldenthread.intervention.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.intervention.DirectorReview;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.RemedialPlans;
import org.goldenthread.intervention.ReviewForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The director of the directorate (or the performance team) records a review and its outcome. */
@Controller
class ReviewFormController {

  private final RemedialPlans plans;
  private final InterventionPage pages;
  private final MessageSource messages;

  ReviewFormController(RemedialPlans plans, InterventionPage pages, MessageSource messages) {
    this.plans = plans;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/interventions/{id}/review")
  @PreAuthorize("@interventionAccess.canReview(authentication, #id)")
  String form(@PathVariable long id, Model model, RedirectAttributes redirect) {
    Intervention intervention = plans.get(id);
    if (!intervention.isOpen() || !plans.asksForReview(intervention)) {
      redirect.addFlashAttribute(
          "problem",
          intervention.isOpen()
              ? "At level " + intervention.getLevel() + " no director review is asked for."
              : "This intervention is not open: it is not reviewed.");
      return "redirect:/interventions/" + id;
    }
    return page(
        model,
        intervention,
        new ReviewForm(null, null, null, intervention.getVersion()),
        FormErrors.none());
  }

  @PostMapping("/interventions/{id}/review")
  @PreAuthorize("@interventionAccess.canReview(authentication, #id)")
  String review(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ReviewForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    plans.get(id);
    if (form.reviewedOn() != null
        && !result.hasFieldErrors("reviewedOn")
        && form.reviewedOn().isAfter(plans.today())) {
      result.rejectValue("reviewedOn", "future", "The date cannot be in the future");
    }
    return FormErrors.submit(
        result,
        messages,
        () -> plans.review(id, form, user.person()),
        review -> {
          redirect.addFlashAttribute(
              "success",
              "The director's review is recorded: " + review.getDecision().label() + ".");
          return "redirect:/interventions/" + id + "#reviews";
        },
        errors -> page(model, plans.get(id), errors.keep(form, ReviewForm::withVersion), errors));
  }

  private String page(Model model, Intervention intervention, ReviewForm form, FormErrors errors) {
    model.addAttribute("intervention", intervention);
    model.addAttribute("levelName", pages.levelName(intervention));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("decisions", Arrays.asList(DirectorReview.Decision.values()));
    model.addAttribute(
        "plan", plans.plansOf(intervention).stream().reduce((a, b) -> b).orElse(null));
    return "intervention/review-form";
  }
}
