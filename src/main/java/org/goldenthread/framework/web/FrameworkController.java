package org.goldenthread.framework.web;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.Set;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.ItemForm;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.framework.ThreadOutline;
import org.goldenthread.framework.ThreadOutlines;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The golden thread: the whole of it, each item's place in it, and changes to items and links. */
@Controller
class FrameworkController {

  private final FrameworkService framework;
  private final FrameworkChoices choices;
  private final GapCheck gaps;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final ThreadOutlines outlines;

  FrameworkController(
      FrameworkService framework,
      FrameworkChoices choices,
      GapCheck gaps,
      AuditTrail audit,
      MessageSource messages,
      ThreadOutlines outlines) {
    this.outlines = outlines;
    this.framework = framework;
    this.choices = choices;
    this.gaps = gaps;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/framework")
  String thread(Model model) {
    ThreadOutline outline = outlines.outline();
    model.addAttribute("top", outline.fromTop());
    model.addAttribute("values", outline.values());
    return "framework/thread";
  }

  @GetMapping("/framework/gaps")
  String gaps(Model model) {
    model.addAttribute("report", gaps.run());
    return "framework/gaps";
  }

  @GetMapping("/framework/items/{id}")
  @PreAuthorize("@frameworkAccess.canReadItem(authentication, #id)")
  String show(@PathVariable long id, Model model) {
    return itemPage(model, framework.get(id), FormErrors.none());
  }

  private String itemPage(Model model, FrameworkItem item, FormErrors errors) {
    ThreadGraph graph = framework.graph();
    model.addAttribute("item", item);
    model.addAttribute("up", graph.up(item.getId()));
    model.addAttribute("down", graph.down(item.getId()));
    // Staff and members see what lies beneath with its roll-up; a partner the plain tree.
    if (!partner()) {
      Set<Long> beneath = new HashSet<>(graph.beneath(item.getId()));
      beneath.add(item.getId());
      model.addAttribute("beneath", outlines.outline().within(beneath));
    }
    model.addAttribute("errors", errors);
    model.addAttribute(
        "parents", choices.parentsFor(item.getType(), item.getId(), "Choose an item"));
    model.addAttribute("history", audit.historyOf(FrameworkItem.class, item.getId()));
    return "framework/item";
  }

  private static boolean partner() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    return signedIn != null
        && signedIn.getAuthorities().stream()
            .anyMatch(a -> "ROLE_PARTNER".equals(a.getAuthority()));
  }

  @GetMapping("/framework/items/new")
  @PreAuthorize("@frameworkAccess.canEditPlan(authentication, #planId)")
  String createForm(
      @RequestParam(required = false) Long planId,
      @RequestParam(required = false) Long parentId,
      Model model) {
    return form(model, null, ItemForm.blank(planId, parentId), FormErrors.none());
  }

  @PostMapping("/framework/items/new")
  @PreAuthorize("@frameworkAccess.canEditPlan(authentication, #form.planId())")
  String create(
      @Valid @ModelAttribute("form") ItemForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> framework.create(form),
        item -> {
          redirect.addFlashAttribute("success", item.label() + " has been added");
          return "redirect:/framework/items/" + item.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/framework/items/{id}/edit")
  @PreAuthorize("@frameworkAccess.canEditItem(authentication, #id)")
  String editForm(@PathVariable long id, Model model) {
    FrameworkItem item = framework.get(id);
    return form(model, item, ItemForm.of(item), FormErrors.none());
  }

  @PostMapping("/framework/items/{id}/edit")
  @PreAuthorize("@frameworkAccess.canEditItem(authentication, #id)")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ItemForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    FrameworkItem item = framework.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> framework.update(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.label() + " has been updated");
          return "redirect:/framework/items/" + id;
        },
        errors -> form(model, item, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(Model model, FrameworkItem item, ItemForm form, FormErrors errors) {
    model.addAttribute("item", item);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", Choice.of(ItemType.class, ItemType::label));
    model.addAttribute("plans", choices.plans("Not in a plan"));
    model.addAttribute("people", choices.people("Not recorded"));
    model.addAttribute("bodies", choices.bodies("No body"));
    model.addAttribute(
        "parents", choices.parentsFor(null, item == null ? null : item.getId(), "Link it later"));
    return "framework/item-form";
  }

  @PostMapping("/framework/items/{id}/links")
  @PreAuthorize("@frameworkAccess.canEditItem(authentication, #id)")
  String link(
      @PathVariable long id,
      @RequestParam(required = false) Long parentId,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    if (parentId == null) {
      errors.add("parentId", "Choose the item this one contributes to");
      return itemPage(model, framework.get(id), errors);
    }
    return errors
        .attempt(() -> framework.link(id, parentId))
        .map(
            item -> {
              redirect.addFlashAttribute("success", "The link has been added");
              return "redirect:/framework/items/" + id;
            })
        .orElseGet(() -> itemPage(model, framework.get(id), errors));
  }

  @PostMapping("/framework/items/{id}/links/{parentId}/remove")
  @PreAuthorize("@frameworkAccess.canEditItem(authentication, #id)")
  String unlink(@PathVariable long id, @PathVariable long parentId, RedirectAttributes redirect) {
    FormErrors.notice(
        redirect, () -> framework.unlink(id, parentId), item -> "The link has been removed");
    return "redirect:/framework/items/" + id;
  }

  @PostMapping("/framework/items/{id}/move")
  @PreAuthorize("@frameworkAccess.canEditItem(authentication, #id)")
  String move(@PathVariable long id, @RequestParam int step) {
    FrameworkItem item = framework.get(id);
    framework.move(id, step);
    return item.getPlan() == null
        ? "redirect:/framework/items/" + id
        : "redirect:/plans/" + item.getPlan().getId();
  }

  @PostMapping("/framework/items/{id}/delete")
  @PreAuthorize("@frameworkAccess.canEditItem(authentication, #id)")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    FrameworkItem item = framework.get(id);
    String label = item.label();
    Long planId = item.getPlan() == null ? null : item.getPlan().getId();
    FormErrors errors = FormErrors.none();
    return errors
        .attempt(
            () -> {
              framework.delete(id);
              return true;
            })
        .map(
            done -> {
              redirect.addFlashAttribute("success", label + " has been deleted");
              return planId == null ? "redirect:/framework" : "redirect:/plans/" + planId;
            })
        .orElseGet(
            () -> {
              redirect.addFlashAttribute("problem", errors.get(FormErrors.FORM));
              return "redirect:/framework/items/" + id;
            });
  }
}
