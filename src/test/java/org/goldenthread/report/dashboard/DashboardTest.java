package org.goldenthread.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.indicator.EarlyWarningSeries;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Report;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards of the demo council, checked against the statuses worked out here one indicator at a
 * time, without the scorecard's filters or the dashboard's builder.
 */
@GoldenThreadTest
@Transactional
class DashboardTest {

  private static final Pattern ROW =
      Pattern.compile(
          "<span>(Green|Amber|Red|No data|Data only)</span></strong></th>\\s*"
              + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">(\\d+)</td>");

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired DashboardBuilder dashboards;
  @Autowired IndicatorService indicators;
  @Autowired IndicatorResults results;
  @Autowired GovernanceService governance;
  @Autowired OrgUnitService units;
  @Autowired Clock clock;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired EarlyWarningSeries series;
  @Autowired IndicatorValueRepository values;

  Period latest;
  Portfolio finance;

  @BeforeEach
  void theLatestQuarterOver() {
    latest = Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
    finance =
        governance.portfolios().stream()
            .filter(p -> p.getTitle().equals("Finance and Resources"))
            .findFirst()
            .orElseThrow();
  }

  /** Each active indicator's status for the period, worked out one at a time. */
  private Map<Indicator, Status> statuses(Predicate<Indicator> inScope, Period period) {
    Map<Indicator, Status> statuses = new LinkedHashMap<>();
    for (Indicator i : indicators.all()) {
      if (i.isActive() && inScope.test(i)) {
        statuses.put(
            i, results.calculator(i).result(Scorecard.reportingPeriod(i, period)).status());
      }
    }
    return statuses;
  }

  private static Map<Status, Integer> counts(Map<Indicator, Status> statuses) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    statuses.values().forEach(s -> counts.merge(s, 1, Integer::sum));
    return counts;
  }

  /** The counts in the page's indicator summary table, by status. */
  private static Map<Status, Integer> shown(String html) {
    int start = html.indexOf("Indicators (");
    String table = html.substring(start, html.indexOf("</table>", start));
    Map<Status, Integer> shown = new EnumMap<>(Status.class);
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      for (Status s : Status.values()) {
        if (s.label().equals(m.group(1))) {
          shown.put(s, Integer.parseInt(m.group(2)));
        }
      }
    }
    return shown;
  }

  private String page(String path, String user) throws Exception {
    return mvc.perform(get(path).param("period", latest.label()).with(users.as(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static boolean inPortfolio(Indicator i, Portfolio p) {
    return i.getPortfolio() != null && i.getPortfolio().getId().equals(p.getId());
  }

  private static boolean within(Indicator i, OrgUnit directorate) {
    for (OrgUnit u = i.getOrgUnit(); u != null; u = u.getParent()) {
      if (u.getId().equals(directorate.getId())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aPortfolioDashboardCountsEachIndicatorOfThePortfolioUnderItsStatus() throws Exception {
    Map<Indicator, Status> statuses = statuses(i -> inPortfolio(i, finance), latest);
    assertThat(statuses).hasSizeGreaterThan(3);

    String html = page("/dashboards/portfolios/" + finance.getId(), "councillor");

    assertThat(shown(html)).isEqualTo(counts(statuses));
    assertThat(html)
        .contains("Indicators (" + statuses.size() + ")")
        .contains("Portfolio holder: " + finance.getHolder().getFullName())
        .contains("Change since " + latest.previous().label());
  }

  @Test
  void aDirectorateDashboardCountsEachIndicatorWithinItUnderItsStatus() throws Exception {
    for (OrgUnit directorate : units.all()) {
      if (directorate.getType() != OrgUnitType.DIRECTORATE) {
        continue;
      }
      Map<Indicator, Status> statuses = statuses(i -> within(i, directorate), latest);

      String html = page("/dashboards/directorates/" + directorate.getId(), "officer");

      assertThat(shown(html)).as(directorate.getName()).isEqualTo(counts(statuses));
      assertThat(html).contains("Indicators (" + statuses.size() + ")");
    }
  }

  @Test
  void theCorporateHealthDashboardListsOnlyTheFlaggedIndicators() throws Exception {
    Map<Indicator, Status> flagged = statuses(Indicator::isCorporateHealth, latest);
    assertThat(flagged).hasSizeGreaterThan(3);

    String html = page("/dashboards/corporate-health", "councillor");

    assertThat(shown(html)).isEqualTo(counts(flagged));
    for (Indicator i : indicators.all()) {
      boolean listed = html.contains("href=\"/indicators/" + i.getId() + "\"");
      assertThat(listed).as(i.getCode()).isEqualTo(flagged.containsKey(i));
    }
    flagged.keySet().forEach(i -> assertThat(html).contains("chart-" + i.getId() + "-title"));
    assertThat(html).doesNotContain("Actions (").doesNotContain("No action is amber or red");
  }

  /**
   * The count of targets at risk and on watch, against each flagged indicator's outturn worked out
   * here one at a time from all its figures and the forecast on its latest value in the period.
   */
  @Test
  void theCorporateHealthDashboardCountsTheTargetsAtRiskAndOnWatch() throws Exception {
    series.create("Sickness days lost", true);
    Map<OutturnRisk, Integer> expected = new EnumMap<>(OutturnRisk.class);
    for (Indicator i : indicators.all()) {
      if (!i.isCorporateHealth() || !i.isActive()) {
        continue;
      }
      Period reported = Scorecard.reportingPeriod(i, latest);
      BigDecimal forecast =
          values.findByIndicator(i).stream()
              .filter(v -> reported.contains(v.getPeriod()) && v.getForecast() != null)
              .max(java.util.Comparator.comparing(v -> v.getPeriod().end()))
              .map(IndicatorValue::getForecast)
              .orElse(null);
      expected.merge(results.calculator(i).outturn(reported, forecast).risk(), 1, Integer::sum);
    }
    int atRisk = expected.getOrDefault(OutturnRisk.AT_RISK, 0);
    assertThat(atRisk).isGreaterThanOrEqualTo(1);

    String html = page("/dashboards/corporate-health", "councillor").replaceAll("<[^>]+>", " ");

    assertThat(html.replaceAll("\\s+", " "))
        .contains(atRisk + (atRisk == 1 ? " target at risk" : " targets at risk"))
        .contains(expected.getOrDefault(OutturnRisk.WATCH, 0) + " on watch");
  }

  @Test
  void exceptionsAreTheAmberAndRedIndicatorsWorstFirst() throws Exception {
    Map<Indicator, Status> statuses = statuses(i -> true, latest);
    List<Indicator> expected = new ArrayList<>();
    statuses.forEach(
        (i, s) -> {
          if (s == Status.RED || s == Status.AMBER) {
            expected.add(i);
          }
        });
    for (OrgUnit directorate : units.all()) {
      if (directorate.getType() != OrgUnitType.DIRECTORATE) {
        continue;
      }
      List<Report.IndicatorException> shown =
          dashboards.directorate(directorate.getId(), latest).report().indicatorExceptions();

      assertThat(shown)
          .extracting(Report.IndicatorException::indicator)
          .containsExactlyInAnyOrderElementsOf(
              expected.stream().filter(i -> within(i, directorate)).toList());
      for (int k = 1; k < shown.size(); k++) {
        assertThat(notWorse(shown.get(k - 1).result(), shown.get(k).result()))
            .as(
                shown.get(k - 1).indicator().getCode()
                    + " before "
                    + shown.get(k).indicator().getCode())
            .isTrue();
      }
      String html = page("/dashboards/directorates/" + directorate.getId(), "councillor");
      int at = html.indexOf("id=\"exceptions\"");
      for (Report.IndicatorException e : shown) {
        int next = html.indexOf("href=\"/indicators/" + e.indicator().getId() + "\"", at);
        assertThat(next).as(e.indicator().getCode()).isGreaterThan(at);
        at = next;
      }
    }
  }

  /** Red before amber; of the same status, the one further off target (as a share) first. */
  private static boolean notWorse(PeriodResult before, PeriodResult after) {
    if (before.status() != after.status()) {
      return before.status() == Status.RED;
    }
    BigDecimal a = offTarget(before);
    BigDecimal b = offTarget(after);
    return b == null || (a != null && a.compareTo(b) >= 0);
  }

  private static BigDecimal offTarget(PeriodResult r) {
    if (r.actual() == null || r.target() == null || r.target().signum() == 0) {
      return null;
    }
    return r.actual().subtract(r.target()).abs().divide(r.target().abs(), MathContext.DECIMAL128);
  }

  @Test
  void anUnknownPortfolioOrAUnitThatIsNoDirectorateIsNotFound() throws Exception {
    mvc.perform(get("/dashboards/portfolios/987654").with(users.as("councillor")))
        .andExpect(status().isNotFound());
    OrgUnit service =
        units.all().stream().filter(u -> u.getType() == OrgUnitType.SERVICE).findFirst().get();
    mvc.perform(get("/dashboards/directorates/" + service.getId()).with(users.as("councillor")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theIndexListsCorporateHealthEachPortfolioWithItsHolderAndEachDirectorate() throws Exception {
    String html = page("/dashboards", "councillor");
    assertThat(html).contains("href=\"/dashboards/corporate-health\"");
    for (Portfolio p : governance.portfolios()) {
      assertThat(html)
          .contains("href=\"/dashboards/portfolios/" + p.getId() + "\"")
          .contains(p.getHolder().getFullName());
    }
    units.all().stream()
        .filter(u -> u.getType() == OrgUnitType.DIRECTORATE)
        .forEach(
            u -> assertThat(html).contains("href=\"/dashboards/directorates/" + u.getId() + "\""));
  }

  @Test
  void withoutAPeriodADashboardShowsTheLatestQuarterOverAndAWrongOneIsSaidSo() throws Exception {
    mvc.perform(get("/dashboards/corporate-health").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(latest.label() + " dashboard")));
    mvc.perform(
            get("/dashboards/corporate-health")
                .param("period", "next Tuesday")
                .with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("“next Tuesday” is not a period")))
        .andExpect(content().string(containsString(latest.label() + " dashboard")));
  }

  @Test
  void aCouncillorsHomePageShowsTheirPortfolioAtAGlance() throws Exception {
    Map<Indicator, Status> statuses = statuses(i -> inPortfolio(i, finance), latest);

    String html =
        mvc.perform(get("/").with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .contains("Your portfolio: Finance and Resources")
        .contains("href=\"/dashboards/portfolios/" + finance.getId() + "\"")
        .contains("href=\"/dashboards/corporate-health\"")
        .contains("Amber and red indicators");
    assertThat(shown(html)).isEqualTo(counts(statuses));
  }

  @Test
  void someoneHoldingNoPortfolioSeesOnlyTheLinks() throws Exception {
    mvc.perform(get("/").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Your portfolio:"))))
        .andExpect(content().string(containsString("href=\"/dashboards/corporate-health\"")));
  }

  @Test
  void aReportDefinedForTheCorporateHealthIndicatorsCoversThemAndNoActions() {
    ReportDefinition health =
        reports.create(
            ReportServiceTest.form("Corporate health report", ScopeKind.CORPORATE_HEALTH, null),
            named("admin"));
    Report report = builder.build(health, latest);

    assertThat(report.scope()).isEqualTo("Corporate health indicators");
    assertThat(report.detail())
        .extracting(Report.DetailLine::indicator)
        .allMatch(Indicator::isCorporateHealth)
        .hasSize(statuses(Indicator::isCorporateHealth, latest).size());
    assertThat(report.actionSummary().total()).isZero();
    assertThat(dashboards.corporateHealth(latest).reports()).contains(health);
  }

  @Test
  void aDirectorDefinesACorporateHealthReportWithTheFormAndNoOtherChoice() throws Exception {
    mvc.perform(get("/reports/new").with(users.as("director")))
        .andExpect(content().string(containsString("The corporate health indicators")));
    String saved =
        mvc.perform(
                post("/reports/new")
                    .with(users.as("director"))
                    .with(csrf())
                    .param("title", "Corporate health quarterly")
                    .param("audience", "Audit Committee")
                    .param("scopeKind", "CORPORATE_HEALTH")
                    .param("periodType", "QUARTER"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    mvc.perform(get(saved).param("period", latest.label()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Corporate health indicators")))
        .andExpect(content().string(containsString("Actions (0)")));
  }
}
