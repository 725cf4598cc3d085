package org.goldenthread.risk.web;

import jakarta.validation.Valid;
import org.goldenthread.risk.ControlForm;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskControl;
import org.goldenthread.risk.RiskControls;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
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

/** The controls that hold a risk today: adding, changing and removing them. */
@Controller
class RiskControlController {

  private final RiskService risks;
  private final RiskControls controls;
  private final RiskChoices choices;
  private final RiskScoring scoring;
  private final MessageSource messages;

  RiskControlController(
      RiskService risks,
      RiskControls controls,
      RiskChoices choices,
      RiskScoring scoring,
      MessageSource messages) {
    this.controls = controls;
    this.risks = risks;
    this.choices = choices;
    this.scoring = scoring;
    this.messages = messages;
  }

  @GetMapping("/risks/{id}/controls/new")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String addForm(@PathVariable long id, Model model) {
    Risk risk = risks.get(id);
    return page(
        model,
        risk,
        null,
        new ControlForm(null, null, null, risk.getVersion()),
        FormErrors.none(),
        false);
  }

  @PostMapping("/risks/{id}/controls/new")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String add(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ControlForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> controls.addControl(id, form),
        saved -> done(id, "Control added: " + saved.getDescription(), redirect),
        errors -> refused(model, id, null, form, errors));
  }

  @GetMapping("/risks/{id}/controls/{controlId}/edit")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String editForm(@PathVariable long id, @PathVariable long controlId, Model model) {
    Risk risk = risks.get(id);
    RiskControl control = RiskControls.control(risk, controlId);
    return page(
        model, risk, control, ControlForm.of(control, risk.getVersion()), FormErrors.none(), false);
  }

  @PostMapping("/risks/{id}/controls/{controlId}/edit")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String edit(
      @PathVariable long id,
      @PathVariable long controlId,
      @Valid @ModelAttribute("form") ControlForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> controls.updateControl(id, controlId, form),
        saved -> done(id, "Control saved: " + saved.getDescription(), redirect),
        errors -> refused(model, id, controlId, form, errors));
  }

  @PostMapping("/risks/{id}/controls/{controlId}/remove")
  @PreAuthorize("@riskAccess.canUpdate(authentication, #id)")
  String remove(
      @PathVariable long id,
      @PathVariable long controlId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> controls.removeControl(id, controlId, version),
        c -> "Control removed: " + c.getDescription());
    return "redirect:/risks/" + id + "#controls";
  }

  private static String done(long id, String message, RedirectAttributes redirect) {
    redirect.addFlashAttribute("success", message);
    return "redirect:/risks/" + id + "#controls";
  }

  private String refused(
      Model model, long id, Long controlId, ControlForm form, FormErrors errors) {
    Risk risk = risks.get(id);
    RiskControl control = controlId == null ? null : RiskControls.control(risk, controlId);
    return page(
        model,
        risk,
        control,
        errors.keep(form, ControlForm::withVersion),
        errors,
        RiskFormPages.clashed(form.version(), risk));
  }

  private String page(
      Model model,
      Risk risk,
      RiskControl control,
      ControlForm form,
      FormErrors errors,
      boolean conflict) {
    model.addAttribute("risk", risk);
    model.addAttribute("control", control);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("conflict", conflict);
    model.addAttribute("now", RiskFormPages.now(risk, scoring));
    model.addAttribute("people", choices.people("No one named"));
    model.addAttribute("effectiveness", choices.effectiveness());
    return "risk/control-form";
  }
}
