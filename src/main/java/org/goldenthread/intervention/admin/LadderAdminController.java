package org.goldenthread.intervention.admin;

import jakarta.validation.Valid;
import java.util.List;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.intervention.Due;
import org.goldenthread.intervention.InterventionRule;
import org.goldenthread.intervention.Ladders;
import org.goldenthread.intervention.Role;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ladder the performance team keeps: its rules, and a rule changed. */
@Controller
@RequestMapping("/admin/intervention-ladder")
@PreAuthorize("hasRole('ADMIN')")
class LadderAdminController {

  private final Ladders ladders;
  private final LadderChanges changes;
  private final AuditTrail audit;
  private final MessageSource messages;

  LadderAdminController(
      Ladders ladders, LadderChanges changes, AuditTrail audit, MessageSource messages) {
    this.ladders = ladders;
    this.changes = changes;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("rules", ladders.rules().stream().map(InterventionRule::toRule).toList());
    return "intervention/admin/ladder";
  }

  @GetMapping("/{level}")
  String edit(@PathVariable int level, Model model) {
    InterventionRule rule = changes.at(level);
    return edit(model, rule, RuleForm.of(rule), FormErrors.none());
  }

  @PostMapping("/{level}")
  String change(
      @PathVariable int level,
      @Valid @ModelAttribute("form") RuleForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    InterventionRule rule = changes.at(level);
    FormErrors errors = form.check(FormErrors.from(result, messages));
    if (errors.any()) {
      return edit(model, rule, form, errors);
    }
    return errors
        .attempt(() -> changes.change(form.toRule(level), form.version()))
        .map(
            saved -> {
              redirect.addFlashAttribute(
                  "success",
                  saved.label()
                      + " has been changed, and every indicator and action evaluated again on"
                      + " the ladder as it now is");
              return "redirect:/admin/intervention-ladder";
            })
        .orElseGet(() -> edit(model, rule, errors.keep(form, RuleForm::withVersion), errors));
  }

  private String edit(Model model, InterventionRule rule, RuleForm form, FormErrors errors) {
    model.addAttribute("rule", rule);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Choice.of(Role.class, Role::label));
    model.addAttribute("dueKinds", dueKinds());
    model.addAttribute("history", audit.historyOf(InterventionRule.class, rule.getId()));
    return "intervention/admin/rule";
  }

  private static List<Choice> dueKinds() {
    return List.of(
        Choice.of(Due.Kind.NONE, "Nothing is owed"),
        Choice.of(Due.Kind.WORKING_DAYS, "Within a number of working days"),
        Choice.of(Due.Kind.NEXT_CLINIC, "At the next performance clinic"));
  }
}
