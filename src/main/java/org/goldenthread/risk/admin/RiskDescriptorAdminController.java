package org.goldenthread.risk.admin;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.risk.RiskDescriptor;
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
 * What each likelihood level, and each impact level in each area, means: the words shown beside the
 * choice on the risk form. The performance team rewords them.
 */
@Controller
@RequestMapping("/admin/risks/descriptors")
@PreAuthorize("@riskAccess.canManage(authentication)")
class RiskDescriptorAdminController {

  private final RiskRegisters registers;
  private final AuditTrail audit;
  private final MessageSource messages;

  RiskDescriptorAdminController(RiskRegisters registers, AuditTrail audit, MessageSource messages) {
    this.registers = registers;
    this.audit = audit;
    this.messages = messages;
  }

  /** The likelihood scale first, then the impact scale area by area. */
  @GetMapping
  String list(Model model) {
    Map<String, List<RiskDescriptor>> scales = new LinkedHashMap<>();
    for (RiskDescriptor d : registers.descriptors()) {
      String heading =
          d.getScale() == RiskDescriptor.Scale.LIKELIHOOD ? "Likelihood" : "Impact: " + d.getArea();
      scales.computeIfAbsent(heading, h -> new java.util.ArrayList<>()).add(d);
    }
    model.addAttribute("scales", scales);
    return "risk/admin/descriptors";
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    RiskDescriptor descriptor = descriptor(id);
    return edit(model, descriptor, DescriptorForm.of(descriptor), FormErrors.none());
  }

  @PostMapping("/{id}")
  String change(
      @PathVariable long id,
      @Valid @ModelAttribute("form") DescriptorForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    RiskDescriptor descriptor = descriptor(id);
    return FormErrors.submit(
        result,
        messages,
        () -> registers.describeLevel(id, form.word(), form.description(), form.version()),
        saved -> {
          redirect.addFlashAttribute("success", nameOf(saved) + " has been reworded");
          return "redirect:/admin/risks/descriptors";
        },
        errors -> edit(model, descriptor, errors.keep(form, DescriptorForm::withVersion), errors));
  }

  private String edit(
      Model model, RiskDescriptor descriptor, DescriptorForm form, FormErrors errors) {
    model.addAttribute("descriptor", descriptor);
    model.addAttribute("name", nameOf(descriptor));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("history", audit.historyOf(RiskDescriptor.class, descriptor.getId()));
    return "risk/admin/descriptor";
  }

  /** "Likelihood level 4" or "Financial impact level 5". */
  static String nameOf(RiskDescriptor d) {
    return d.getScale() == RiskDescriptor.Scale.LIKELIHOOD
        ? "Likelihood level " + d.getLevel()
        : d.getArea() + " impact level " + d.getLevel();
  }

  private RiskDescriptor descriptor(long id) {
    return registers.descriptors().stream()
        .filter(d -> d.getId() == id)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Descriptor", id));
  }
}
