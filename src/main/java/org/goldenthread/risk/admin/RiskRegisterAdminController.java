package org.goldenthread.risk.admin;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.framework.PlanService;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.risk.RegisterForm;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskService;
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

/** The risk registers, each at a level and owned by a unit, a plan or a partnership body. */
@Controller
@RequestMapping("/admin/risks/registers")
@PreAuthorize("@riskAccess.canManage(authentication)")
class RiskRegisterAdminController {

  private final RiskRegisters registers;
  private final RiskService risks;
  private final OrgUnitService units;
  private final PlanService plans;
  private final GovernanceService governance;
  private final AuditTrail audit;
  private final MessageSource messages;

  RiskRegisterAdminController(
      RiskRegisters registers,
      RiskService risks,
      OrgUnitService units,
      PlanService plans,
      GovernanceService governance,
      AuditTrail audit,
      MessageSource messages) {
    this.registers = registers;
    this.risks = risks;
    this.units = units;
    this.plans = plans;
    this.governance = governance;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    Map<Long, Long> open =
        risks.all().stream()
            .filter(Risk::isOpen)
            .collect(Collectors.groupingBy(r -> r.getRegister().getId(), Collectors.counting()));
    model.addAttribute("registers", registers.all());
    model.addAttribute("openRisks", open);
    return "risk/admin/registers";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    return form(
        model,
        null,
        new RegisterForm(null, null, RiskLevel.SERVICE, null, null, null, null, null),
        FormErrors.none());
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("form") RegisterForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return submit(
        form, result, () -> registers.create(form), redirect, e -> form(model, null, form, e));
  }

  @GetMapping("/{id}")
  String editForm(@PathVariable long id, Model model) {
    RiskRegister register = registers.find(id);
    return form(model, register, RegisterForm.of(register), FormErrors.none());
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") RegisterForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    RiskRegister register = registers.find(id);
    return submit(
        form,
        result,
        () -> registers.update(id, form),
        redirect,
        e -> form(model, register, e.keep(form, RiskRegisterAdminController::withVersion), e));
  }

  /**
   * Saves the register, or shows the form again naming every problem: what the fields say and, with
   * them, whether the register has the owner its level needs.
   */
  private String submit(
      RegisterForm form,
      BindingResult result,
      Supplier<RiskRegister> change,
      RedirectAttributes redirect,
      Function<FormErrors, String> onRefused) {
    FormErrors errors = FormErrors.from(result, messages);
    if (errors.any()) {
      ownerProblems(form, errors);
      return onRefused.apply(errors);
    }
    return errors
        .attempt(change)
        .map(
            saved -> {
              redirect.addFlashAttribute("success", "The " + saved.getName() + " has been saved");
              return "redirect:/admin/risks/registers";
            })
        .orElseGet(() -> onRefused.apply(errors));
  }

  /** The owner each level needs, as {@link RiskRegisters} checks it once the fields are right. */
  private static void ownerProblems(RegisterForm form, FormErrors errors) {
    if (form.level() == RiskLevel.PARTNERSHIP && form.bodyId() == null) {
      errors.add("bodyId", "Choose the partnership body that owns a partnership register");
    }
    if (form.level() == RiskLevel.PROJECT && form.planId() == null && form.orgUnitId() == null) {
      errors.add("planId", "Choose the project's plan, or the unit that runs it");
    }
  }

  private static RegisterForm withVersion(RegisterForm f, Long version) {
    return new RegisterForm(
        f.code(),
        f.name(),
        f.level(),
        f.orgUnitId(),
        f.planId(),
        f.bodyId(),
        f.description(),
        version);
  }

  private String form(Model model, RiskRegister register, RegisterForm form, FormErrors errors) {
    model.addAttribute("register", register);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("levels", Choice.of(RiskLevel.class, RiskLevel::label));
    model.addAttribute("units", choices("No unit", units.all(), u -> u.getId(), u -> u.getName()));
    model.addAttribute("plans", choices("No plan", plans.all(), p -> p.getId(), p -> p.getTitle()));
    model.addAttribute(
        "bodies", choices("No body", governance.bodies(), b -> b.getId(), b -> b.getName()));
    if (register != null) {
      model.addAttribute("history", audit.historyOf(RiskRegister.class, register.getId()));
    }
    return "risk/admin/register";
  }

  private static <T> List<Choice> choices(
      String none, List<T> records, Function<T, Long> id, Function<T, String> label) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, none));
    records.forEach(r -> choices.add(Choice.of(id.apply(r), label.apply(r))));
    return choices;
  }
}
