package org.goldenthread.risk.web;

import jakarta.validation.Valid;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
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

/** Opening a risk and changing it (SPEC §6). */
@Controller
class RiskFormController {

  private final RiskService risks;
  private final RiskChoices choices;
  private final RiskScoring scoring;
  private final MessageSource messages;

  RiskFormController(
      RiskService risks, RiskChoices choices, RiskScoring scoring, MessageSource messages) {
    this.risks = risks;
    this.choices = choices;
    this.scoring = scoring;
    this.messages = messages;
  }

  @GetMapping("/risks/new")
  @PreAuthorize("@riskAccess.canCreate(authentication)")
  String createForm(@RequestParam(required = false) Long register, Model model) {
    return form(model, null, RiskForm.blank(register), FormErrors.none(), false);
  }

  @PostMapping("/risks/new")
  @PreAuthorize("@riskAccess.canCreate(authentication)")
  String create(
      @Valid @ModelAttribute("form") RiskForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> risks.open(form, user.person()),
        saved -> saved(saved, "has been opened", redirect),
        errors -> form(model, null, form, errors, false));
  }

  @GetMapping("/risks/{id}/edit")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String editForm(@PathVariable long id, Model model) {
    Risk risk = risks.get(id);
    return form(model, risk, RiskForm.of(risk), FormErrors.none(), false);
  }

  @PostMapping("/risks/{id}/edit")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String edit(
      @PathVariable long id,
      @Valid @ModelAttribute("form") RiskForm form,
      BindingResult result,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> risks.update(id, form, user.person()),
        saved -> saved(saved, "has been saved", redirect),
        errors -> {
          Risk risk = risks.get(id);
          boolean conflict = RiskFormPages.clashed(form.version(), risk);
          return form(model, risk, errors.keep(form, RiskForm::withVersion), errors, conflict);
        });
  }

  private String saved(Risk risk, String done, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "success",
        risk.label()
            + " "
            + done
            + ". Current score "
            + risk.current().describe()
            + ", "
            + scoring.bands().look(risk.current().value()).word());
    return "redirect:/risks/" + risk.getId();
  }

  private String form(Model model, Risk risk, RiskForm form, FormErrors errors, boolean conflict) {
    model.addAttribute("risk", risk);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("conflict", conflict);
    model.addAttribute("worked", errors.any() ? WorkedScore.of(form, scoring.bands()) : null);
    model.addAttribute("registers", choices.registers("Choose a register"));
    model.addAttribute("categories", choices.categories("Choose a category"));
    model.addAttribute("people", choices.people("Choose a person"));
    model.addAttribute("accountables", choices.people("No one else"));
    model.addAttribute("bodies", choices.bodies("No committee or board"));
    model.addAttribute("everyone", choices.everyone());
    model.addAttribute("items", choices.items());
    model.addAttribute("indicators", choices.indicators());
    model.addAttribute("actions", choices.actions());
    model.addAttribute("frequencies", choices.frequencies());
    model.addAttribute("likelihood", choices.likelihood());
    model.addAttribute("impact", choices.impact());
    if (risk != null) {
      model.addAttribute("now", RiskFormPages.now(risk, scoring));
    }
    return "risk/risk-form";
  }
}
