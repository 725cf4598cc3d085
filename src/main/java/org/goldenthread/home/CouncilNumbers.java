package org.goldenthread.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanStatus;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Stage;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.intervention.InterventionRegister;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.report.ReportService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team's numbers: the open periods' progress across the council (returns due,
 * received, verified and late, directorate by directorate), each period's deadline, and what needs
 * the team now.
 */
@Component
@Transactional(readOnly = true)
class CouncilNumbers {

  /** How many days ahead a report's meeting counts as due. */
  static final int REPORT_NOTICE_DAYS = 14;

  /** An open period and the deadline of its own returns, in words from today. */
  public record Deadline(ReportingPeriod period, LocalDate date, String when, boolean passed) {}

  /** A directorate's returns; no directorate for units outside any. */
  public record Row(OrgUnit directorate, Tally tally) {}

  /** Something the performance team should see to, counted, with the page that lists it. */
  public record Need(long count, String one, String many, String link) {

    /** The words after the count: "value waits", "values wait". */
    public String words() {
      return count == 1 ? one : many;
    }
  }

  /** The numbers. */
  public record Council(List<Deadline> deadlines, List<Row> rows, Tally total, List<Need> needs) {}

  private final OpenReturns open;
  private final OrgUnitService units;
  private final DataEntry entry;
  private final PlanService plans;
  private final ReportService reports;
  private final InterventionRegister register;

  CouncilNumbers(
      OpenReturns open,
      OrgUnitService units,
      DataEntry entry,
      PlanService plans,
      ReportService reports,
      InterventionRegister register) {
    this.open = open;
    this.units = units;
    this.entry = entry;
    this.plans = plans;
    this.reports = reports;
    this.register = register;
  }

  Council now(OpenReturns.Open due) {
    LocalDate today = due.today();
    List<Deadline> deadlines = new ArrayList<>();
    for (ReportingPeriod p : due.periods()) {
      LocalDate date = open.deadline(p);
      deadlines.add(new Deadline(p, date, DueWords.since(date, today), date.isBefore(today)));
    }
    List<Row> rows = rows(due.returns());
    Tally total = Tally.of(due.returns());
    return new Council(deadlines, rows, total, needs(due.returns(), total, today));
  }

  /** A row for each directorate in the council's order, then one for units outside any. */
  private List<Row> rows(List<Return> returns) {
    List<OrgUnit> all = units.all();
    Map<Long, OrgUnit> directorateOf = OpenReturns.directorates(all);
    Map<OrgUnit, List<Return>> by = new LinkedHashMap<>();
    all.stream()
        .filter(u -> u.getType() == OrgUnitType.DIRECTORATE)
        .sorted(Comparator.comparing(OrgUnit::getSortOrder).thenComparing(OrgUnit::getName))
        .forEach(d -> by.put(d, new ArrayList<>()));
    List<Return> outside = new ArrayList<>();
    for (Return r : returns) {
      OrgUnit d = r.orgUnitId() == null ? null : directorateOf.get(r.orgUnitId());
      (d == null ? outside : by.get(d)).add(r);
    }
    List<Row> rows = new ArrayList<>();
    by.forEach((d, theirs) -> rows.add(new Row(d, Tally.of(theirs))));
    if (!outside.isEmpty()) {
      rows.add(new Row(null, Tally.of(outside)));
    }
    return rows;
  }

  private List<Need> needs(List<Return> returns, Tally total, LocalDate today) {
    List<Need> needs = new ArrayList<>();
    needs.add(
        new Need(
            entry.awaitingVerification().size(),
            "value waits for verification",
            "values wait for verification",
            "/verification"));
    needs.add(new Need(total.late(), "return is late", "returns are late", "/returns"));
    needs.add(
        new Need(
            returns.stream().filter(r -> r.stage() == Stage.VERIFIED).count(),
            "value is verified and not yet published",
            "values are verified and not yet published",
            "/returns#by-stage"));
    needs.add(
        new Need(
            plans.all().stream().filter(p -> p.getStatus() == PlanStatus.SUBMITTED).count(),
            "plan is submitted for approval",
            "plans are submitted for approval",
            "/plans"));
    LocalDate horizon = today.plusDays(REPORT_NOTICE_DAYS);
    needs.add(
        new Need(
            reports.all().stream()
                .flatMap(r -> r.getSchedules().stream())
                .filter(s -> !s.getNextDue().isAfter(horizon))
                .count(),
            "report is due to a meeting in the next " + REPORT_NOTICE_DAYS + " days or overdue",
            "reports are due to a meeting in the next " + REPORT_NOTICE_DAYS + " days or overdue",
            "/reports"));
    needs.add(
        new Need(
            register.list(InterventionRegister.Filter.open()).stream()
                .filter(e -> e.owed().overdue())
                .count(),
            "intervention has a step overdue",
            "interventions have a step overdue",
            "/interventions"));
    return needs;
  }
}
