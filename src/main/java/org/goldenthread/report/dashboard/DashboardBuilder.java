package org.goldenthread.report.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
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

  /**
   * Every active corporate health indicator, each in detail with its chart (so the exceptions need
   * no charts of their own).
   */
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
    return withCharts(forPortfolio(governance.portfolio(id), period), period);
  }

  /** A directorate's dashboard; any other unit is not one. */
  public Dashboard directorate(long id, Period period) {
    OrgUnit unit = units.get(id);
    if (unit.getType() != OrgUnitType.DIRECTORATE) {
      throw new RecordNotFoundException("Directorate", id);
    }
    Person head = unit.getHead();
    Dashboard d =
        dashboard(
            unit.getName(),
            head == null ? null : "Director: " + head.getFullName(),
            "/dashboards/directorates/" + id,
            "orgUnitId=" + id,
            ScopeKind.DIRECTORATE,
            id,
            period);
    return withCharts(d, period);
  }

  /**
   * Portfolios' dashboards at a glance, for their holder's home page: counts and exceptions for the
   * latest quarter that is over, without charts.
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
   * The report of an implicit definition: quarterly, never saved, in detail only for corporate
   * health (a short list), without charts as yet.
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
    scope.describe(
        title, "Members and officers", kind == ScopeKind.CORPORATE_HEALTH, PeriodType.QUARTER);
    scope.cover(kind, id, Set.of(), Set.of());
    Report report = reports.build(scope, period);
    return new Dashboard(
        title,
        lead,
        path,
        query,
        report,
        ReportSnapshot.of(report, figures),
        Map.of(),
        sameScope(scope));
  }

  /** Adds a chart for each indicator listed as an exception, read in one batch. */
  private Dashboard withCharts(Dashboard d, Period period) {
    List<Indicator> shown =
        d.report().indicatorExceptions().stream()
            .map(Report.IndicatorException::indicator)
            .toList();
    return d.withCharts(reports.charts(shown, period, d.report().figures()));
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
