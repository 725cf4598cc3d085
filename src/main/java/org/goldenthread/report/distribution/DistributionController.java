package org.goldenthread.report.distribution;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report packs prepared for meetings: upcoming and past, each with its report on screen, its
 * PDF, and for the body's clerk (or the performance team) the button that publishes it. Staff and
 * members read them; partner users do not (RouteAccess).
 */
@Controller
class DistributionController {

  private final Distributions distributions;
  private final DistributionAccess access;

  DistributionController(Distributions distributions, DistributionAccess access) {
    this.distributions = distributions;
    this.access = access;
  }

  @GetMapping("/distributions")
  String list(Model model) {
    List<ReportDistribution> all = distributions.all();
    LocalDate today = distributions.today();
    model.addAttribute(
        "upcoming",
        all.stream()
            .filter(d -> !d.getMeetingOn().isBefore(today))
            .sorted(Comparator.comparing(ReportDistribution::getMeetingOn))
            .toList());
    model.addAttribute("past", all.stream().filter(d -> d.getMeetingOn().isBefore(today)).toList());
    return "report/distributions";
  }

  @GetMapping("/distributions/{id}")
  String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
    ReportDistribution d = distributions.get(id);
    model.addAttribute("d", d);
    model.addAttribute("mayPublish", access.canPublish(user, d));
    model.addAttribute("clerk", distributions.isClerk(d, user.personId()));
    return "report/distribution";
  }

  /** Publishes the pack's report: the body's clerk, or the performance team. */
  @PostMapping("/distributions/{id}/publish")
  @PreAuthorize("@distributionAccess.canPublish(authentication, #id)")
  String publish(
      @PathVariable long id,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> distributions.publish(id, user.person()),
        p -> "“" + p.getTitle() + "” for " + p.getPeriod() + " has been published");
    return "redirect:/distributions/" + id;
  }
}
