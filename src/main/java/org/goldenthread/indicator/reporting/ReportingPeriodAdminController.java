package org.goldenthread.indicator.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.shared.FormErrors;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance team's reporting periods (SPEC §3): the list with each period's returns counted,
 * opening one, and closing or reopening it after a confirmation.
 */
@Controller
@RequestMapping("/admin/reporting-periods")
@PreAuthorize("hasRole('ADMIN')")
class ReportingPeriodAdminController {

  private final ReportingPeriods periods;
  private final Returns returns;
  private final AuditTrail audit;
  private final Clock clock;

  ReportingPeriodAdminController(
      ReportingPeriods periods, Returns returns, AuditTrail audit, Clock clock) {
    this.periods = periods;
    this.returns = returns;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String list(Model model) {
    LocalDate today = LocalDate.now(clock);
    return list(model, new OpenForm(PeriodChoices.suggested(today).label()), FormErrors.none());
  }

  @PostMapping
  String open(
      @ModelAttribute("form") OpenForm form,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    return errors
        .attempt(() -> periods.open(chosen(form.period()), user.person()))
        .map(
            opened -> {
              redirect.addFlashAttribute(
                  "success",
                  opened.label()
                      + " is open. Its returns are on each officer's list of what is due.");
              return "redirect:/admin/reporting-periods";
            })
        .orElseGet(() -> list(model, form, errors));
  }

  @GetMapping("/{id}/close")
  String confirmClose(@PathVariable long id, Model model) {
    ReportingPeriod period = periods.get(id);
    return confirm(model, period, "close", new VersionForm(period.getVersion()), FormErrors.none());
  }

  @PostMapping("/{id}/close")
  String close(
      @PathVariable long id,
      @ModelAttribute("form") VersionForm form,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return change(
        id,
        "close",
        form,
        model,
        redirect,
        () -> periods.close(id, form.version(), user.person()),
        " is closed. Its values are locked: a change now needs a reason and is verified again.");
  }

  @GetMapping("/{id}/reopen")
  String confirmReopen(@PathVariable long id, Model model) {
    ReportingPeriod period = periods.get(id);
    return confirm(
        model, period, "reopen", new VersionForm(period.getVersion()), FormErrors.none());
  }

  @PostMapping("/{id}/reopen")
  String reopen(
      @PathVariable long id,
      @ModelAttribute("form") VersionForm form,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return change(
        id,
        "reopen",
        form,
        model,
        redirect,
        () -> periods.reopen(id, form.version(), user.person()),
        " is open again. Its values can be changed without a reason until it is closed.");
  }

  private String change(
      long id,
      String action,
      VersionForm form,
      Model model,
      RedirectAttributes redirect,
      Supplier<ReportingPeriod> change,
      String done) {
    FormErrors errors = FormErrors.none();
    return errors
        .attempt(change)
        .map(
            changed -> {
              redirect.addFlashAttribute("success", changed.label() + done);
              return "redirect:/admin/reporting-periods";
            })
        .orElseGet(
            () -> {
              ReportingPeriod period = periods.get(id);
              return confirm(
                  model, period, action, errors.keep(form, (f, v) -> new VersionForm(v)), errors);
            });
  }

  private static Period chosen(String label) {
    if (label == null || label.isBlank()) {
      throw new RuleViolationException("period", "Choose the period to open.");
    }
    try {
      return Period.parse(label);
    } catch (PeriodFormatException e) {
      throw new RuleViolationException("period", e.getMessage());
    }
  }

  private String list(Model model, OpenForm form, FormErrors errors) {
    LocalDate today = LocalDate.now(clock);
    Map<ReportingPeriod, ReturnCounts> counts = new LinkedHashMap<>();
    for (ReportingPeriod period : periods.all()) {
      counts.put(period, ReturnCounts.of(returns.in(period.getPeriod(), today)));
    }
    model.addAttribute("periods", counts);
    model.addAttribute("choices", PeriodChoices.around(today));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "indicator/reporting/periods";
  }

  private String confirm(
      Model model, ReportingPeriod period, String action, VersionForm form, FormErrors errors) {
    model.addAttribute("reporting", period);
    model.addAttribute("action", action);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("history", audit.historyOf(ReportingPeriod.class, period.getId()));
    return "indicator/reporting/confirm";
  }
}
