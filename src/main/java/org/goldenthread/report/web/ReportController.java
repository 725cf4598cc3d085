package org.goldenthread.report.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.indicator.Figures;
import org.goldenthread.period.Period;
import org.goldenthread.report.PeriodChoice;
import org.goldenthread.report.Report;
import org.goldenthread.report.ReportAccess;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.cover.ReportCovers;
import org.goldenthread.report.export.ReportExports;
import org.goldenthread.shared.Actor;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Report definitions, their schedules, and each report on screen for a period. Everyone signed in
 * reads reports; the performance team and directors define them.
 */
@Controller
public class ReportController {

  public static final String DEFINE = "hasAnyRole('ADMIN', 'DIRECTOR')";

  private final ReportService reports;
  private final ReportBuilder builder;
  private final ReportChoices choices;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final DisplayFormats formats;
  private final Figures figures;
  private final Clock clock;

  private final ReportAccess access;
  private final ReportExports exports;
  private final ReportCovers covers;

  ReportController(
      ReportService reports,
      ReportBuilder builder,
      ReportChoices choices,
      AuditTrail audit,
      MessageSource messages,
      DisplayFormats formats,
      Figures figures,
      Clock clock,
      ReportAccess access,
      ReportExports exports,
      ReportCovers covers) {
    this.covers = covers;
    this.access = access;
    this.exports = exports;
    this.reports = reports;
    this.builder = builder;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
    this.formats = formats;
    this.figures = figures;
    this.clock = clock;
  }

  @GetMapping("/reports")
  String list(Authentication authentication, Model model) {
    List<ReportDefinition> all =
        access.visible(authentication, reports.all(), ReportDefinition::getId);
    Map<Long, String> scopes = new HashMap<>();
    all.forEach(r -> scopes.put(r.getId(), builder.describeScope(r)));
    model.addAttribute("reports", all);
    model.addAttribute("scopes", scopes);
    return "report/reports";
  }

  /**
   * A report on screen. Without a period, or with one that cannot be read, the latest period of its
   * kind that is over.
   */
  @GetMapping("/reports/{id}")
  @PreAuthorize("@reportAccess.canRead(authentication, #id)")
  String show(
      @PathVariable long id,
      PeriodChoice.Asked period,
      BindingResult binding,
      @RequestParam(required = false) Long bodyId,
      Authentication authentication,
      Model model) {
    ReportDefinition definition = reports.get(id);
    Long coverBodyId = covers.bodyFor(id, bodyId);
    PeriodChoice choice =
        PeriodChoice.of(
            period, binding, Period.containing(LocalDate.now(clock), definition.getPeriodType()));
    choice.offer(model);
    Report report = builder.build(definition, choice.chosen());
    model.addAttribute("report", report);
    // The exceptions and detail are drawn from a snapshot, as a published report's are.
    model.addAttribute(
        "snapshot",
        ReportSnapshot.of(report, figures, exports.describable(authentication))
            .withCover(covers.sheet(id, choice.chosen(), coverBodyId).orElse(null)));
    model.addAttribute("coverBodyId", coverBodyId);
    model.addAttribute(
        "coverBody",
        definition.getSchedules().stream()
            .filter(s -> s.getBody().getId().equals(coverBodyId))
            .map(s -> s.getBody().getName())
            .findFirst()
            .orElse(null));
    model.addAttribute("scheduleForm", ScheduleForm.blank());
    model.addAttribute("bodies", choices.bodies("Choose a body"));
    model.addAttribute("frequencies", choices.frequencies());
    model.addAttribute("people", choices.people());
    model.addAttribute("errors", FormErrors.none());
    model.addAttribute("history", audit.historyOf(ReportDefinition.class, id));
    return "report/report";
  }

  @GetMapping("/reports/new")
  @PreAuthorize(DEFINE)
  String createForm(Model model) {
    return form(model, null, ReportForm.blank(), FormErrors.none());
  }

  @PostMapping("/reports/new")
  @PreAuthorize(DEFINE)
  String create(
      @Valid @ModelAttribute("form") ReportForm form,
      BindingResult result,
      @AuthenticationPrincipal Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> reports.create(form, actor.person()),
        saved -> saved(saved, "has been saved", redirect),
        errors -> form(model, null, form, errors));
  }

  @GetMapping("/reports/{id}/edit")
  @PreAuthorize(DEFINE)
  String editForm(@PathVariable long id, Model model) {
    ReportDefinition report = reports.get(id);
    return form(model, report, ReportForm.of(report), FormErrors.none());
  }

  @PostMapping("/reports/{id}/edit")
  @PreAuthorize(DEFINE)
  String edit(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ReportForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> reports.update(id, form),
        saved -> saved(saved, "has been saved", redirect),
        errors -> form(model, reports.get(id), errors.keep(form, ReportForm::withVersion), errors));
  }

  @PostMapping("/reports/{id}/schedules")
  @PreAuthorize(DEFINE)
  String addSchedule(
      @PathVariable long id,
      @Valid @ModelAttribute("scheduleForm") ScheduleForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.submit(
        result,
        messages,
        () -> reports.addSchedule(id, form),
        saved -> {
          redirect.addFlashAttribute(
              "success", saved.getBody().getName() + " now receives this report");
          return "redirect:/reports/" + id + "#schedule";
        },
        errors -> {
          show(id, new PeriodChoice.Asked(null), null, null, authentication, model);
          model.addAttribute("scheduleForm", form);
          model.addAttribute("errors", errors);
          return "report/report";
        });
  }

  /** The body has received the report at a meeting: it is next due one interval after it. */
  @PostMapping("/reports/{id}/schedules/{scheduleId}/received")
  @PreAuthorize(DEFINE)
  String received(
      @PathVariable long id,
      @PathVariable long scheduleId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate meeting,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> reports.received(id, scheduleId, meeting),
        s ->
            s.getBody().getName()
                + " next receives this report on "
                + formats.date(s.getNextDue()));
    return "redirect:/reports/" + id + "#schedule";
  }

  /**
   * The people told when the schedule's report pack is ready, instead of the body's members and
   * clerk; none chosen sends it to those again.
   */
  @PostMapping("/reports/{id}/schedules/{scheduleId}/recipients")
  @PreAuthorize(DEFINE)
  String recipients(
      @PathVariable long id,
      @PathVariable long scheduleId,
      @RequestParam(required = false) List<Long> personIds,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> reports.sendTo(id, scheduleId, personIds, version),
        s ->
            s.getRecipients().isEmpty()
                ? s.getBody().getName() + "'s members and clerk are told when its pack is ready"
                : s.getRecipients().size()
                    + (s.getRecipients().size() == 1 ? " person is" : " people are")
                    + " told when the pack for "
                    + s.getBody().getName()
                    + " is ready");
    return "redirect:/reports/" + id + "#recipients";
  }

  @PostMapping("/reports/{id}/schedules/{scheduleId}/remove")
  @PreAuthorize(DEFINE)
  String removeSchedule(
      @PathVariable long id, @PathVariable long scheduleId, RedirectAttributes redirect) {
    reports.removeSchedule(id, scheduleId);
    redirect.addFlashAttribute("success", "The schedule has been removed");
    return "redirect:/reports/" + id + "#schedule";
  }

  private static String saved(ReportDefinition report, String done, RedirectAttributes redirect) {
    redirect.addFlashAttribute("success", "Report \"" + report.getTitle() + "\" " + done);
    return "redirect:/reports/" + report.getId();
  }

  private String form(Model model, ReportDefinition report, ReportForm form, FormErrors errors) {
    model.addAttribute("definition", report);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("scopeKinds", choices.scopeKinds());
    model.addAttribute("periodTypes", choices.periodTypes());
    model.addAttribute("plans", choices.plans());
    model.addAttribute("priorities", choices.priorities());
    model.addAttribute("portfolios", choices.portfolios());
    model.addAttribute("units", choices.units());
    model.addAttribute("bodies", choices.bodies("Choose a body"));
    model.addAttribute("indicators", choices.indicators());
    model.addAttribute("actions", choices.actions());
    model.addAttribute("riskScopes", choices.riskScopes());
    model.addAttribute("riskRegisters", choices.riskRegisters());
    return "report/report-form";
  }
}
