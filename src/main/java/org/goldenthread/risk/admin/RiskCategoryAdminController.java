package org.goldenthread.risk.admin;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskCategory;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.RecordNotFoundException;
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

/**
 * The categories of risk and the council's appetite for each: the performance team changes an
 * appetite or adds a category.
 */
@Controller
@RequestMapping("/admin/risks/categories")
@PreAuthorize("@riskAccess.canManage(authentication)")
class RiskCategoryAdminController {

  private final RiskRegisters registers;
  private final RiskBands bands;
  private final AuditTrail audit;
  private final MessageSource messages;

  RiskCategoryAdminController(
      RiskRegisters registers, RiskBands bands, AuditTrail audit, MessageSource messages) {
    this.registers = registers;
    this.bands = bands;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    return list(model, CategoryForm.blank(), FormErrors.none());
  }

  @PostMapping
  String add(
      @Valid @ModelAttribute("form") CategoryForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> registers.addCategory(form.code(), form.name().strip(), form.appetite()),
        category -> {
          redirect.addFlashAttribute(
              "success", "The category " + category.getName() + " has been added");
          return "redirect:/admin/risks/categories";
        },
        errors -> list(model, form, errors));
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    RiskCategory category = category(id);
    return edit(model, category, AppetiteForm.of(category), FormErrors.none());
  }

  @PostMapping("/{id}")
  String change(
      @PathVariable long id,
      @Valid @ModelAttribute("form") AppetiteForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    RiskCategory category = category(id);
    return FormErrors.submit(
        result,
        messages,
        () -> registers.setAppetite(id, form.appetite(), form.version()),
        saved -> {
          redirect.addFlashAttribute(
              "success",
              saved.getAppetite() == null
                  ? "The appetite for " + saved.getName() + " risks has been removed"
                  : "The appetite for " + saved.getName() + " risks is now " + saved.getAppetite());
          return "redirect:/admin/risks/categories";
        },
        errors -> edit(model, category, errors.keep(form, AppetiteForm::withVersion), errors));
  }

  private String list(Model model, CategoryForm form, FormErrors errors) {
    model.addAttribute("categories", registers.categories());
    model.addAttribute("bands", bands);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "risk/admin/categories";
  }

  private String edit(Model model, RiskCategory category, AppetiteForm form, FormErrors errors) {
    model.addAttribute("category", category);
    model.addAttribute(
        "bandsText",
        Arrays.stream(Band.values())
            .map(b -> bands.look(b).word() + " " + bands.range(b))
            .collect(Collectors.joining("; ")));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("history", audit.historyOf(RiskCategory.class, category.getId()));
    return "risk/admin/category";
  }

  private RiskCategory category(long id) {
    return registers.categories().stream()
        .filter(c -> c.getId() == id)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Category", id));
  }
}
