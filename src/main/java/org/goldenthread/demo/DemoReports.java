package org.goldenthread.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanType;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportSchedule;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.RiskScope;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * The demo council's reporting schedule: the quarterly performance report of the Corporate Plan to
 * Cabinet and to the Overview and Scrutiny Committee, with the quarter before last already
 * published to Cabinet (so the public pages have a report) and each a cover as an agenda item;
 * corporate health to the Corporate Management Team each month; the Audit and Governance
 * Committee's own report and its risk report (the corporate risk register) each quarter; and the
 * Community Safety Partnership's report of its plan each quarter.
 */
@Component
class DemoReports {

  private final ReportService reports;
  private final PublishingService publishing;
  private final PlanService plans;
  private final Clock clock;
  private final DemoCovers covers;

  DemoReports(
      ReportService reports,
      PublishingService publishing,
      PlanService plans,
      Clock clock,
      DemoCovers covers) {
    this.covers = covers;
    this.reports = reports;
    this.publishing = publishing;
    this.plans = plans;
    this.clock = clock;
  }

  /** Defines, schedules and publishes the reports; called by the demo council loader. */
  void load(
      Map<String, Body> bodies, Map<String, Person> people, PersonRef admin, PersonRef director) {
    LocalDate today = LocalDate.now(clock);
    Plan corporatePlan =
        plans.all().stream()
            .filter(p -> p.getType() == PlanType.CORPORATE_PLAN)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The demo has no Corporate Plan"));
    Body cabinet = body(bodies, "Cabinet");

    ReportDefinition quarterly =
        reports.define(
            "Quarterly performance report",
            "Cabinet, and the Overview and Scrutiny Committee",
            ScopeKind.PLAN,
            corporatePlan.getId(),
            true,
            admin);
    reports.schedule(
        quarterly.getId(),
        cabinet.getId(),
        Frequency.QUARTERLY,
        meeting(today, DayOfWeek.THURSDAY));
    reports.schedule(
        quarterly.getId(),
        body(bodies, "Overview and Scrutiny Committee").getId(),
        Frequency.QUARTERLY,
        meeting(today, DayOfWeek.TUESDAY));
    // The last quarter's figures are still being verified; the quarter before went to Cabinet.
    // Both have their covers as agenda items, the last quarter's to both bodies.
    Period last = Period.containing(today, PeriodType.QUARTER).previous();
    Period published = last.previous();
    Body scrutiny = body(bodies, "Overview and Scrutiny Committee");
    Person contact = people.get("perf");
    Person leader = people.get("leader");
    covers.toCabinet(quarterly, published, cabinet, contact, leader, admin);
    publishing.publish(quarterly.getId(), published, cabinet.getId(), director);
    covers.toCabinet(quarterly, last, cabinet, contact, leader, admin);
    covers.toScrutiny(quarterly, last, scrutiny, contact, leader, admin);

    ReportDefinition health =
        reports.define(
            "Corporate health",
            "Corporate Management Team",
            ScopeKind.CORPORATE_HEALTH,
            null,
            true,
            admin);
    // Management team meets next Monday: its pack goes out this week, to the performance team's
    // list rather than the whole team.
    ReportSchedule toManagement =
        reports.schedule(
            health.getId(),
            body(bodies, "Corporate Management Team").getId(),
            Frequency.MONTHLY,
            today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    reports.sendTo(
        health.getId(),
        toManagement.getId(),
        List.of(people.get("ceo").getId(), people.get("hppp").getId(), people.get("perf").getId()),
        null);

    Body audit = body(bodies, "Audit and Governance Committee");
    ReportDefinition assurance =
        reports.define(
            "Audit and governance: indicators and actions",
            "Audit and Governance Committee",
            ScopeKind.BODY,
            audit.getId(),
            false,
            admin);
    reports.schedule(
        assurance.getId(), audit.getId(), Frequency.QUARTERLY, meeting(today, DayOfWeek.WEDNESDAY));
    // The committee's quarterly review of the corporate risk register (M8).
    ReportDefinition riskReport =
        reports.define(
            "Audit Committee risk report",
            "Audit and Governance Committee",
            ScopeKind.BODY,
            audit.getId(),
            false,
            RiskScope.CORPORATE,
            null,
            admin);
    reports.schedule(
        riskReport.getId(),
        audit.getId(),
        Frequency.QUARTERLY,
        meeting(today, DayOfWeek.WEDNESDAY));

    // The partnership's own report: what its partner users (the police) read of the council's.
    plans.all().stream()
        .filter(p -> p.getType() == PlanType.PARTNERSHIP_PLAN)
        .findFirst()
        .ifPresent(
            partnershipPlan -> {
              ReportDefinition partnership =
                  reports.define(
                      "Community safety performance",
                      "Community Safety Partnership",
                      ScopeKind.PLAN,
                      partnershipPlan.getId(),
                      true,
                      admin);
              reports.schedule(
                  partnership.getId(),
                  body(bodies, "Community Safety Partnership").getId(),
                  Frequency.QUARTERLY,
                  meeting(today, DayOfWeek.FRIDAY));
              publishing.publish(
                  partnership.getId(),
                  published,
                  body(bodies, "Community Safety Partnership").getId(),
                  director);
            });
  }

  private static Body body(Map<String, Body> bodies, String name) {
    Body body = bodies.get(name);
    if (body == null) {
      throw new IllegalStateException("The demo reports refer to no body " + name);
    }
    return body;
  }

  /** A body's next meeting: the second of its meeting days next month. */
  private static LocalDate meeting(LocalDate today, DayOfWeek day) {
    return today.plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(2, day));
  }
}
