package org.goldenthread.action.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionAccess;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionList;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.MilestoneForm;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of actions, each action's page, and setting actions and their milestones up. */
@Controller
class ActionController {

  private final ActionService actions;
  private final ActionList list;
  private final ProgressUpdates updates;
  private final ActionChoices choices;
  private final ActionAccess access;
  private final AuditTrail audit;
  private final MessageSource messages;

  ActionController(
      ActionService actions,
      ActionList list,
      ProgressUpdates updates,
      ActionChoices choices,
      ActionAccess access,
      AuditTrail audit,
      MessageSource messages) {
    this.actions = actions;
    this.list = list;
    this.updates = updates;
    this.choices = choices;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/actions")
  String list(
      @RequestParam(required = false) Long planId,
      @RequestParam(required = false) Long itemId,
      @RequestParam(required = false) Long portfolioId,
      @RequestParam(required = false) Long orgUnitId,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "false") boolean overdue,
      Authentication authentication,
      Model model) {
    boolean notAssessed = ActionChoices.NOT_ASSESSED.equals(status);
    Brag brag =
        notAssessed || status == null || status.isBlank() ? null : Brag.read(status).orElse(null);
    ActionList.Filter filter =
        new ActionList.Filter(planId, itemId, portfolioId, orgUnitId, brag, notAssessed, overdue);
    model.addAttribute(
        "listing",
        list.listing(
            access.visible(authentication, actions.all(), Action::getId).stream()
                .sorted(ActionList.REGISTER_ORDER)
                .toList(),
            filter));
    model.addAttribute("filter", filter);
    model.addAttribute("status", notAssessed ? ActionChoices.NOT_ASSESSED : brag);
    model.addAttribute("plans", choices.plans(authentication));
    model.addAttribute("priorities", choices.priorities(authentication));
    model.addAttribute("portfolios", choices.portfolios());
    model.addAttribute("units", choices.units("Any directorate or service"));
    model.addAttribute("statuses", choices.statusFilter());
    return "action/actions";
  }

  @GetMapping("/actions/{id}")
  @PreAuthorize("@actionAccess.canRead(authentication, #id)")
  String show(@PathVariable long id, Authentication authentication, Model model) {
    Action action = actions.get(id);
    LocalDate today = actions.today();
    model.addAttribute("action", action);
    model.addAttribute("suggestion", action.suggestion(today));
    model.addAttribute("overdue", action.isOverdue(today));
    model.addAttribute("today", today);
    model.addAttribute("updates", updates.of(action));
    model.addAttribute("period", updates.currentPeriod());
    model.addAttribute("canUpdate", access.canUpdate(authentication, action));
    model.addAttribute(
        "canEdit", access.canCreate(authentication) && access.canUpdate(authentication, action));
    model.addAttribute("history", audit.historyOf(Action.class, id));
    return "action/action";
  }

  @GetMapping("/actions/new")
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  String createForm(
      @RequestParam(required = false) Long frameworkItemId,
      @RequestParam(required = false) Long decisionId,
      Model model) {
    return form(model, null, ActionForm.blank(frameworkItemId, decisionId), FormErrors.none());
  }

  @PostMapping("/actions/new")
  @PreAuthorize("@actionAccess.canCreate(authentication)")
  String create(
      @Valid @ModelAttribute("form") ActionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> actions.create(form),
        saved -> saved(saved, "has been added", redirect),
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/actions/{id}/edit")
  @PreAuthorize("@actionAccess.canEdit(authentication, #id)")
  String editForm(@PathVariable long id, Model model) {
    Action action = actions.get(id);
    return form(model, action, ActionForm.of(action), FormErrors.none());
  }

  @PostMapping("/actions/{id}/edit")
  @PreAuthorize("@actionAccess.canEdit(authentication, #id)")
  String edit(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ActionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> actions.update(id, form),
        saved -> saved(saved, "has been saved", redirect),
        errors -> form(model, actions.get(id), errors.keep(form, ActionForm::withVersion), errors));
  }

  private static String saved(Action action, String done, RedirectAttributes redirect) {
    redirect.addFlashAttribute("success", action.label() + " " + done);
    return "redirect:/actions/" + action.getId();
  }

  private String form(Model model, Action action, ActionForm form, FormErrors errors) {
    model.addAttribute("action", action);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", choices.kinds());
    model.addAttribute("items", choices.items());
    model.addAttribute("decisions", choices.decisions());
    model.addAttribute("people", choices.people("Choose a person"));
    model.addAttribute("accountables", choices.people("No one else"));
    model.addAttribute("units", choices.units("The lead officer's own service"));
    return "action/action-form";
  }

  @GetMapping("/actions/{id}/milestones/new")
  @PreAuthorize("@actionAccess.canUpdate(authentication, #id)")
  String milestoneForm(@PathVariable long id, Model model) {
    return milestonePage(model, actions.get(id), MilestoneForm.blank(), FormErrors.none());
  }

  @PostMapping("/actions/{id}/milestones/new")
  @PreAuthorize("@actionAccess.canUpdate(authentication, #id)")
  String addMilestone(
      @PathVariable long id,
      @Valid @ModelAttribute("form") MilestoneForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> actions.addMilestone(id, form),
        saved -> {
          redirect.addFlashAttribute("success", "Milestone \"" + saved.getTitle() + "\" added");
          return "redirect:/actions/" + id + "#milestones";
        },
        errors -> milestonePage(model, actions.get(id), form, errors));
  }

  private String milestonePage(Model model, Action action, MilestoneForm form, FormErrors errors) {
    model.addAttribute("action", action);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("milestones", choices.milestones(action));
    return "action/milestone-form";
  }

  @PostMapping("/actions/{id}/milestones/{milestoneId}/complete")
  @PreAuthorize("@actionAccess.canUpdate(authentication, #id)")
  String completeMilestone(
      @PathVariable long id,
      @PathVariable long milestoneId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate completedOn,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> actions.completeMilestone(id, milestoneId, completedOn),
        m -> "Milestone \"" + m.getTitle() + "\" marked as done");
    return "redirect:/actions/" + id + "#milestones";
  }

  @PostMapping("/actions/{id}/milestones/{milestoneId}/reopen")
  @PreAuthorize("@actionAccess.canUpdate(authentication, #id)")
  String reopenMilestone(
      @PathVariable long id, @PathVariable long milestoneId, RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> actions.reopenMilestone(id, milestoneId),
        m -> "Milestone \"" + m.getTitle() + "\" is no longer marked as done");
    return "redirect:/actions/" + id + "#milestones";
  }

  @PostMapping("/actions/{id}/milestones/{milestoneId}/remove")
  @PreAuthorize("@actionAccess.canUpdate(authentication, #id)")
  String removeMilestone(
      @PathVariable long id, @PathVariable long milestoneId, RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> actions.removeMilestone(id, milestoneId),
        m -> "Milestone \"" + m.getTitle() + "\" removed");
    return "redirect:/actions/" + id + "#milestones";
  }
}
