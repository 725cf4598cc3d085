package org.goldenthread.risk.web;

import jakarta.validation.Valid;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.risk.CloseForm;
import org.goldenthread.risk.EscalationForm;
import org.goldenthread.risk.ReviewForm;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.DisplayFormats;
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
 * Reviewing a risk, moving it to another register, closing and reopening it. The owner, the
 * accountable person and administrators do these (SPEC §12).
 */
@Controller
class RiskReviewController {

  private final RiskService risks;
  private final RiskChoices choices;
  private final RiskScoring scoring;
  private final MessageSource messages;
  private final DisplayFormats formats;

  RiskReviewController(
      RiskService risks,
      RiskChoices choices,
      RiskScoring scoring,
      MessageSource messages,
      DisplayFormats formats) {
    this.formats = formats;
    this.risks = risks;
    this.choices = choices;
    this.scoring = scoring;
    this.messages = messages;
  }

  @GetMapping("/risks/{id}/review")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String reviewForm(@PathVariable long id, Model model) {
    Risk risk = risks.get(id);
    return page(model, risk, "review", ReviewForm.of(risk), FormErrors.none(), false);
  }

  @PostMapping("/risks/{id}/review")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String review(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ReviewForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> risks.review(id, form, user.person()),
        saved -> {
          Risk risk = saved.getRisk();
          return done(
              risk,
              "Review of "
                  + risk.getCode()
                  + " recorded. Current score "
                  + risk.current().describe()
                  + ", "
                  + scoring.bands().look(risk.current().value()).word()
                  + "; next review by "
                  + formats.date(risk.getNextReview()),
              redirect);
        },
        errors ->
            refused(model, id, "review", form, errors, form.version(), ReviewForm::withVersion));
  }

  @GetMapping("/risks/{id}/escalate")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String escalateForm(@PathVariable long id, Model model) {
    Risk risk = risks.get(id);
    return page(
        model,
        risk,
        "escalate",
        new EscalationForm(null, null, risk.getVersion()),
        FormErrors.none(),
        false);
  }

  @PostMapping("/risks/{id}/escalate")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String escalate(
      @PathVariable long id,
      @Valid @ModelAttribute("form") EscalationForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> risks.escalate(id, form, user.person()),
        saved ->
            done(
                saved.getRisk(),
                saved.getRisk().getCode()
                    + " "
                    + saved.getDirection().label().toLowerCase(java.util.Locale.UK)
                    + " to the "
                    + saved.getToRegister().getName(),
                redirect),
        errors ->
            refused(
                model, id, "escalate", form, errors, form.version(), EscalationForm::withVersion));
  }

  @GetMapping("/risks/{id}/close")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String closeForm(@PathVariable long id, Model model) {
    Risk risk = risks.get(id);
    return page(
        model,
        risk,
        "close",
        new CloseForm(null, null, risk.getVersion()),
        FormErrors.none(),
        false);
  }

  @PostMapping("/risks/{id}/close")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String close(
      @PathVariable long id,
      @Valid @ModelAttribute("form") CloseForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> risks.close(id, form),
        saved -> done(saved, saved.getCode() + " has been closed", redirect),
        errors ->
            refused(model, id, "close", form, errors, form.version(), CloseForm::withVersion));
  }

  @PostMapping("/risks/{id}/reopen")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String reopen(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect, () -> risks.reopen(id, version), r -> r.getCode() + " has been reopened");
    return "redirect:/risks/" + id;
  }

  private static String done(Risk risk, String message, RedirectAttributes redirect) {
    redirect.addFlashAttribute("success", message);
    return "redirect:/risks/" + risk.getId();
  }

  private <F> String refused(
      Model model,
      long id,
      String kind,
      F form,
      FormErrors errors,
      Long submitted,
      java.util.function.BiFunction<F, Long, F> withVersion) {
    Risk risk = risks.get(id);
    return page(
        model,
        risk,
        kind,
        errors.keep(form, withVersion),
        errors,
        RiskFormPages.clashed(submitted, risk));
  }

  private String page(
      Model model, Risk risk, String kind, Object form, FormErrors errors, boolean conflict) {
    model.addAttribute("risk", risk);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("conflict", conflict);
    model.addAttribute("now", RiskFormPages.now(risk, scoring));
    model.addAttribute("looks", scoring.bands());
    model.addAttribute("today", scoring.today());
    switch (kind) {
      case "review" -> {
        ReviewForm review = (ReviewForm) form;
        model.addAttribute("likelihood", choices.likelihood());
        model.addAttribute("impact", choices.impact());
        model.addAttribute(
            "worked",
            errors.any()
                ? WorkedScore.current(
                    review.currentLikelihood(), review.currentImpact(), scoring.bands())
                : null);
      }
      case "escalate" ->
          model.addAttribute("registers", choices.otherRegisters(risk.getRegister()));
      default -> {}
    }
    return "risk/" + kind + "-form";
  }
}
