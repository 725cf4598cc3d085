package org.goldenthread.indicator.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.period.Period;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The late returns dashboard (M9): for a reporting period, the whole council's or one directorate's
 * returns by stage, by officer and by service, and those still owed, each with a button to chase
 * it.
 */
@Controller
class ReturnsController {

  private final ReportingPeriods periods;
  private final Returns returns;
  private final Directorates directorates;
  private final Clock clock;

  ReturnsController(
      ReportingPeriods periods, Returns returns, Directorates directorates, Clock clock) {
    this.periods = periods;
    this.returns = returns;
    this.directorates = directorates;
    this.clock = clock;
  }

  @GetMapping("/returns")
  String dashboard(
      @RequestParam(required = false) Period period,
      @RequestParam(required = false) Long directorate,
      HttpServletRequest request,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    Directorates.Structure structure = directorates.read();
    model.addAttribute("reportingPeriods", periods.all());
    model.addAttribute("directorates", structure.directorates());
    model.addAttribute("today", today);
    ReportingPeriod chosen =
        period == null
            ? periods.open().stream().findFirst().orElse(null)
            : periods
                .find(period)
                .orElseThrow(() -> new RecordNotFoundException("Reporting period", period));
    OrgUnit unit =
        directorate == null
            ? null
            : structure.directorates().stream()
                .filter(d -> d.getId().equals(directorate))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Directorate", directorate));
    model.addAttribute("reporting", chosen);
    model.addAttribute("directorate", unit);
    String query = request.getQueryString();
    model.addAttribute("returnTo", "/returns" + (query == null ? "" : "?" + query));
    if (chosen == null) {
      return "indicator/reporting/returns";
    }
    List<Return> due = returns.in(chosen.getPeriod(), today);
    if (unit != null) {
      Set<Long> within = directorates.within(unit.getId());
      due =
          due.stream()
              .filter(r -> r.orgUnitId() != null && within.contains(r.orgUnitId()))
              .toList();
    }
    model.addAttribute("board", ReturnsBoard.of(due, today));
    return "indicator/reporting/returns";
  }
}
