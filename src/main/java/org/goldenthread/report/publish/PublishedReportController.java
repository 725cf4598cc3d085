package org.goldenthread.report.publish;

import java.util.HashMap;
import java.util.Map;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportAccess;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.web.ReportChoices;
import org.goldenthread.report.web.ReportController;
import org.goldenthread.shared.Actor;
import org.goldenthread.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing a report for a period, and reading published reports: listed per body and period, each
 * drawn from what was published, with corrections since marked. Everyone signed in reads them; the
 * performance team and directors publish.
 */
@Controller
class PublishedReportController {

  private final PublishingService publishing;
  private final ReportService reports;
  private final ReportChoices choices;

  private final ReportAccess access;

  PublishedReportController(
      PublishingService publishing,
      ReportService reports,
      ReportChoices choices,
      ReportAccess access) {
    this.access = access;
    this.publishing = publishing;
    this.reports = reports;
    this.choices = choices;
  }

  @PostMapping("/reports/{id}/publish")
  @PreAuthorize(ReportController.DEFINE)
  String publish(
      @PathVariable long id,
      @RequestParam("period") Period chosen,
      @RequestParam(required = false) Long bodyId,
      @AuthenticationPrincipal Actor actor,
      RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    return errors
        .attempt(() -> publishing.publish(id, chosen, bodyId, actor.person()))
        .map(
            p -> {
              redirect.addFlashAttribute(
                  "success", "“" + p.getTitle() + "” for " + p.getPeriod() + " has been published");
              return "redirect:/reports/published/" + p.getId();
            })
        .orElseGet(
            () -> {
              redirect.addFlashAttribute("problem", errors.first());
              return "redirect:/reports/" + id + "?period=" + chosen.label().replace(' ', '+');
            });
  }

  @GetMapping("/reports/published")
  String list(
      @RequestParam(required = false) Long bodyId,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) Long reportId,
      Authentication authentication,
      Model model) {
    model.addAttribute(
        "groups",
        PublishingService.grouped(
            access.visiblePublished(
                authentication,
                publishing.list(bodyId, period, reportId),
                PublishedReport::getId)));
    model.addAttribute("bodies", choices.bodies("Every body"));
    model.addAttribute("bodyId", bodyId);
    model.addAttribute("period", period == null ? "" : period.trim());
    model.addAttribute("definition", reportId == null ? null : reports.get(reportId));
    return "report/published-list";
  }

  @GetMapping("/reports/published/{id}")
  @PreAuthorize("@reportAccess.canReadPublished(authentication, #id)")
  String show(@PathVariable long id, Model model) {
    PublishedReport published = publishing.get(id);
    ReportSnapshot snapshot = publishing.snapshot(published);
    Map<Long, PublishingService.Correction> corrections = new HashMap<>();
    publishing.corrections(published, snapshot).forEach(c -> corrections.put(c.indicatorId(), c));
    model.addAttribute("published", published);
    model.addAttribute("snapshot", snapshot);
    model.addAttribute("corrections", corrections);
    return "report/published";
  }
}
