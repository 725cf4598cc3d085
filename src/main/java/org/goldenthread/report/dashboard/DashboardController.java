package org.goldenthread.report.dashboard;

import java.util.List;
import java.util.function.Function;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.report.PeriodChoice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Dashboards: corporate health, each portfolio and each directorate, for the latest quarter that is
 * over or a quarter chosen. Everyone signed in reads them, as they read reports.
 */
@Controller
class DashboardController {

  private final DashboardBuilder dashboards;
  private final GovernanceService governance;
  private final OrgUnitService units;

  DashboardController(
      DashboardBuilder dashboards, GovernanceService governance, OrgUnitService units) {
    this.dashboards = dashboards;
    this.governance = governance;
    this.units = units;
  }

  @GetMapping("/dashboards")
  String index(Model model) {
    List<OrgUnit> directorates =
        units.all().stream().filter(u -> u.getType() == OrgUnitType.DIRECTORATE).toList();
    model.addAttribute("period", dashboards.currentQuarter().previous());
    model.addAttribute("portfolios", governance.portfolios());
    model.addAttribute("directorates", directorates);
    return "report/dashboards";
  }

  @GetMapping("/dashboards/corporate-health")
  String corporateHealth(PeriodChoice.Asked period, BindingResult binding, Model model) {
    return show(period, binding, model, dashboards::corporateHealth);
  }

  @GetMapping("/dashboards/portfolios/{id}")
  String portfolio(
      @PathVariable long id, PeriodChoice.Asked period, BindingResult binding, Model model) {
    return show(period, binding, model, p -> dashboards.portfolio(id, p));
  }

  @GetMapping("/dashboards/directorates/{id}")
  String directorate(
      @PathVariable long id, PeriodChoice.Asked period, BindingResult binding, Model model) {
    return show(period, binding, model, p -> dashboards.directorate(id, p));
  }

  private String show(
      PeriodChoice.Asked period,
      BindingResult binding,
      Model model,
      Function<Period, Dashboard> build) {
    PeriodChoice choice = PeriodChoice.of(period, binding, dashboards.currentQuarter());
    model.addAttribute("dashboard", build.apply(choice.chosen()));
    choice.offer(model);
    return "report/dashboard";
  }
}
