package org.goldenthread.framework.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.framework.ApprovalForm;
import org.goldenthread.framework.FrameworkAccess;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanApproval;
import org.goldenthread.framework.PlanForm;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.framework.ThreadOutlines;
import org.goldenthread.shared.Actor;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plans: the list, each plan with its items and versions, changes, and the lifecycle. */
@Controller
class PlanController {

  private final PlanService plans;
  private final FrameworkService items;
  private final FrameworkChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;
  private final FrameworkAccess access;
  private final ThreadOutlines outlines;

  PlanController(
      PlanService plans,
      FrameworkService items,
      FrameworkChoices choices,
      AuditTrail audit,
      MessageSource messages,
      Clock clock,
      FrameworkAccess access,
      ThreadOutlines outlines) {
    this.access = access;
    this.outlines = outlines;
    this.plans = plans;
    this.items = items;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/plans")
  String list(Authentication authentication, Model model) {
    model.addAttribute("plans", access.visiblePlans(authentication, plans.all()));
    model.addAttribute("today", LocalDate.now(clock));
    return "framework/plans";
  }

  @GetMapping("/plans/{id}")
  @PreAuthorize("@frameworkAccess.canReadPlan(authentication, #id)")
  String show(@PathVariable long id, Authentication authentication, Model model) {
    Plan plan = plans.get(id);
    model.addAttribute("plan", plan);
    List<FrameworkItem> contents = items.inPlanByLevel(plan);
    model.addAttribute("items", contents);
    // The thread with its roll-up is staff's and members' view; a partner sees the plan's items.
    boolean partner =
        authentication.getAuthorities().stream()
            .anyMatch(a -> "ROLE_PARTNER".equals(a.getAuthority()));
    if (!partner) {
      model.addAttribute(
          "thread",
          outlines
              .outline()
              .within(contents.stream().map(FrameworkItem::getId).collect(Collectors.toSet())));
    }
    model.addAttribute("approvals", plans.approvalsOf(plan));
    model.addAttribute("changes", plans.changesSinceApproval(plan).orElse(null));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("history", audit.historyOf(Plan.class, id));
    return "framework/plan";
  }

  @GetMapping("/plans/{id}/versions/{number}")
  @PreAuthorize("@frameworkAccess.canReadPlan(authentication, #id)")
  String version(@PathVariable long id, @PathVariable int number, Model model) {
    Plan plan = plans.get(id);
    PlanApproval approval = plans.approval(plan, number);
    model.addAttribute("plan", plan);
    model.addAttribute("approval", approval);
    model.addAttribute("approved", plans.content(approval));
    return "framework/version";
  }

  @GetMapping("/plans/new")
  @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR', 'MANAGER')")
  String createForm(Model model) {
    LocalDate today = LocalDate.now(clock);
    LocalDate yearStart =
        LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
    PlanForm blank =
        new PlanForm(
            null,
            null,
            null,
            null,
            yearStart,
            yearStart.plusYears(1).minusDays(1),
            null,
            null,
            null,
            ReviewFrequency.QUARTERLY,
            null,
            null);
    return form(model, null, blank, FormErrors.none());
  }

  @PostMapping("/plans/new")
  @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR', 'MANAGER')")
  String create(
      @Valid @ModelAttribute("form") PlanForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> plans.create(form),
        plan -> {
          redirect.addFlashAttribute("success", plan.getTitle() + " has been added as a draft");
          return "redirect:/plans/" + plan.getId();
        },
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/plans/{id}/edit")
  @PreAuthorize("@frameworkAccess.canEditPlan(authentication, #id)")
  String editForm(@PathVariable long id, Model model) {
    Plan plan = plans.get(id);
    return form(model, plan, PlanForm.of(plan), FormErrors.none());
  }

  @PostMapping("/plans/{id}/edit")
  @PreAuthorize("@frameworkAccess.canEditPlan(authentication, #id)")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") PlanForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Plan plan = plans.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> plans.update(id, form),
        saved -> {
          redirect.addFlashAttribute("success", saved.getTitle() + " has been updated");
          return "redirect:/plans/" + id;
        },
        errors -> form(model, plan, errors.keep(form, (f, v) -> f.withVersion(v)), errors));
  }

  private String form(Model model, Plan plan, PlanForm form, FormErrors errors) {
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", Choice.of(PlanType.class, PlanType::label));
    model.addAttribute("frequencies", Choice.of(ReviewFrequency.class, ReviewFrequency::label));
    model.addAttribute("people", choices.people("No owner recorded"));
    model.addAttribute("units", choices.units("Not a unit's plan"));
    model.addAttribute("bodies", choices.bodies("No approving body recorded"));
    return "framework/plan-form";
  }

  @PostMapping("/plans/{id}/submit")
  @PreAuthorize("@frameworkAccess.canEditPlan(authentication, #id)")
  String submit(@PathVariable long id, RedirectAttributes redirect) {
    return transition(id, plans::submit, "The plan has been submitted for approval", redirect);
  }

  @PostMapping("/plans/{id}/revise")
  @PreAuthorize("@frameworkAccess.canEditPlan(authentication, #id)")
  String revise(@PathVariable long id, RedirectAttributes redirect) {
    return transition(
        id,
        plans::revise,
        "The plan is a draft again. Its approved version is kept below.",
        redirect);
  }

  @PostMapping("/plans/{id}/return")
  @PreAuthorize("@frameworkAccess.canDecide(authentication, #id)")
  String returnToDraft(@PathVariable long id, RedirectAttributes redirect) {
    return transition(id, plans::returnToDraft, "The plan has been returned to draft", redirect);
  }

  @PostMapping("/plans/{id}/activate")
  @PreAuthorize("@frameworkAccess.canDecide(authentication, #id)")
  String activate(@PathVariable long id, RedirectAttributes redirect) {
    return transition(id, plans::activate, "The plan is now active", redirect);
  }

  @PostMapping("/plans/{id}/archive")
  @PreAuthorize("@frameworkAccess.canDecide(authentication, #id)")
  String archive(@PathVariable long id, RedirectAttributes redirect) {
    return transition(id, plans::archive, "The plan has been archived", redirect);
  }

  private String transition(
      long id, LongFunction<Plan> change, String done, RedirectAttributes redirect) {
    FormErrors.notice(redirect, () -> change.apply(id), plan -> done);
    return "redirect:/plans/" + id;
  }

  @GetMapping("/plans/{id}/approve")
  @PreAuthorize("@frameworkAccess.canDecide(authentication, #id)")
  String approveForm(@PathVariable long id, Model model) {
    Plan plan = plans.get(id);
    ApprovalForm form =
        new ApprovalForm(
            plan.getApprovingBody() == null ? null : plan.getApprovingBody().getId(),
            LocalDate.now(clock),
            null);
    return approvePage(model, plan, form, FormErrors.none());
  }

  @PostMapping("/plans/{id}/approve")
  @PreAuthorize("@frameworkAccess.canDecide(authentication, #id)")
  String approve(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ApprovalForm form,
      BindingResult result,
      @AuthenticationPrincipal Actor actor,
      Model model,
      RedirectAttributes redirect) {
    Plan plan = plans.get(id);
    return FormErrors.submit(
        result,
        messages,
        () -> plans.approve(id, form, actor.person()),
        approval -> {
          redirect.addFlashAttribute(
              "success",
              "Approval recorded. Version "
                  + approval.getNumber()
                  + " of the plan is kept as approved.");
          return "redirect:/plans/" + id;
        },
        errors -> approvePage(model, plan, form, errors));
  }

  private String approvePage(Model model, Plan plan, ApprovalForm form, FormErrors errors) {
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("bodies", choices.bodies("Choose a body"));
    return "framework/approve";
  }
}
