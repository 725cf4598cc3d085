package org.goldenthread.report.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.goldenthread.indicator.Figures;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Exceptions;
import org.goldenthread.report.Report;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportSummary;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds dashboards. A dashboard is the quarterly report of an implicit definition — a portfolio, a
 * directorate or the corporate health indicators — never saved, so its counts, shares and
 * exceptions follow exactly the rules of every report ({@link ReportSummary}, {@link Exceptions}).
 */
@Service
@Transactional(
    readOnly = true,
    timeoutString = "${goldenthread.load.heavy-read-timeout-seconds:30}")
public class DashboardBuilder {

  private final ReportBuilder reports;
  private final ReportService definitions;
  private final GovernanceService governance;
  private final OrgUnitService units;
  private final Figures figures;
  private final Clock clock;

  DashboardBuilder(
      ReportBuilder reports,
      ReportService definitions,
      GovernanceService governance,
      OrgUnitService units,
      Figures figures,
      Clock clock) {
    this.reports = reports;
    this.definitions = definitions;
    this.governance = governance;
    this.units = units;
    this.figures = figures;
    this.clock = clock;
  }

  /** The quarter holding today; a dashboard shows the one before it unless asked otherwise. */
  public Period currentQuarter() {
    return Period.containing(LocalDate.now(clock), PeriodType.QUARTER);
  }

  /** Every active corporate health indicator. */
  public Dashboard corporateHealth(Period period) {
    return dashboard(
        "Corporate health",
        null,
        "/dashboards/corporate-health",
        null,
        ScopeKind.CORPORATE_HEALTH,
        null,
        period);
  }

  public Dashboard portfolio(long id, Period period) {
    return forPortfolio(governance.portfolio(id), period);
  }

  /** A directorate's dashboard; any other unit is not one. */
  public Dashboard directorate(long id, Period period) {
    OrgUnit unit = units.get(id);
    if (unit.getType() != OrgUnitType.DIRECTORATE) {
      throw new RecordNotFoundException("Directorate", id);
    }
    Person head = unit.getHead();
    return dashboard(
        unit.getName(),
        head == null ? null : "Director: " + head.getFullName(),
        "/dashboards/directorates/" + id,
        "orgUnitId=" + id,
        ScopeKind.DIRECTORATE,
        id,
        period);
  }

  /**
   * Portfolios' dashboards at a glance, for their holder's home page: the latest quarter that is
   * over.
   */
  public List<Dashboard> atAGlance(List<Portfolio> portfolios) {
    Period period = currentQuarter().previous();
    return portfolios.stream().map(p -> forPortfolio(p, period)).toList();
  }

  private Dashboard forPortfolio(Portfolio portfolio, Period period) {
    long id = portfolio.getId();
    Person holder = portfolio.getHolder();
    return dashboard(
        portfolio.getTitle(),
        holder == null ? null : "Portfolio holder: " + holder.getFullName(),
        "/dashboards/portfolios/" + id,
        "portfolioId=" + id,
        ScopeKind.PORTFOLIO,
        id,
        period);
  }

  /**
   * The report of an implicit definition: quarterly, never saved, every indicator in detail (with
   * its chart), and a tile for each.
   */
  private Dashboard dashboard(
      String title,
      String lead,
      String path,
      String query,
      ScopeKind kind,
      Long id,
      Period period) {
    ReportDefinition scope = ReportDefinition.unsaved();
    scope.describe(title, "Members and officers", true, PeriodType.QUARTER);
    scope.cover(kind, id, Set.of(), Set.of());
    Report report = reports.build(scope, period);
    return new Dashboard(
        title,
        lead,
        path,
        query,
        report,
        ReportSnapshot.of(report, figures),
        Tiles.of(
            report.detail().stream().map(Report.DetailLine::indicator).toList(),
            period,
            report.figures(),
            figures),
        sameScope(scope));
  }

  /** The saved report definitions covering the same portfolio, directorate or corporate health. */
  private List<ReportDefinition> sameScope(ReportDefinition scope) {
    return definitions.all().stream()
        .filter(
            r ->
                r.getScopeKind() == scope.getScopeKind()
                    && Objects.equals(r.getScopeId(), scope.getScopeId()))
        .toList();
  }
}
