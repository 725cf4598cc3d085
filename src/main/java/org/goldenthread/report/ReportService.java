package org.goldenthread.report;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.PlanService;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.report.web.ScheduleForm;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Report definitions and their schedules: creating, changing and listing them. */
@Service
@Transactional
public class ReportService {

  private final ReportDefinitionRepository reports;
  private final PlanService plans;
  private final FrameworkService framework;
  private final GovernanceService governance;
  private final OrgUnitService units;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final RiskRegisters riskRegisters;
  private final PersonService people;

  ReportService(
      ReportDefinitionRepository reports,
      PlanService plans,
      FrameworkService framework,
      GovernanceService governance,
      OrgUnitService units,
      IndicatorService indicators,
      ActionService actions,
      RiskRegisters riskRegisters,
      PersonService people) {
    this.reports = reports;
    this.plans = plans;
    this.framework = framework;
    this.governance = governance;
    this.units = units;
    this.indicators = indicators;
    this.actions = actions;
    this.riskRegisters = riskRegisters;
    this.people = people;
  }

  @Transactional(readOnly = true)
  public ReportDefinition get(long id) {
    return reports.findById(id).orElseThrow(() -> new RecordNotFoundException("Report", id));
  }

  @Transactional(readOnly = true)
  public List<ReportDefinition> all() {
    return reports.findAllInOrder();
  }

  public ReportDefinition create(ReportForm form, PersonRef by) {
    ReportDefinition report = new ReportDefinition(by);
    apply(report, form);
    return reports.saveAndFlush(report);
  }

  /** A quarterly report defined without the form, as the demo council's loader does. */
  public ReportDefinition define(
      String title,
      String audience,
      ScopeKind kind,
      Long scopeId,
      boolean includeDetail,
      PersonRef by) {
    return create(
        ReportForm.covering(
            title,
            audience,
            kind,
            scopeId,
            List.of(),
            List.of(),
            includeDetail,
            PeriodType.QUARTER,
            null),
        by);
  }

  /**
   * A quarterly report defined without the form that carries risks, as the demo's Audit Committee
   * risk report does.
   */
  public ReportDefinition define(
      String title,
      String audience,
      ScopeKind kind,
      Long scopeId,
      boolean includeDetail,
      RiskScope risks,
      Long riskRegisterId,
      PersonRef by) {
    return create(
        ReportForm.covering(
                title,
                audience,
                kind,
                scopeId,
                List.of(),
                List.of(),
                includeDetail,
                PeriodType.QUARTER,
                null)
            .withRisks(risks, riskRegisterId),
        by);
  }

  /** Puts a report on a body's schedule without the form. */
  public ReportSchedule schedule(long id, long bodyId, Frequency frequency, LocalDate nextDue) {
    return addSchedule(id, new ScheduleForm(bodyId, frequency, nextDue));
  }

  public ReportDefinition update(long id, ReportForm form) {
    ReportDefinition report = get(id);
    Versioned.check("report", report.getVersion(), form.version());
    apply(report, form);
    return reports.saveAndFlush(report);
  }

  public ReportSchedule addSchedule(long id, ScheduleForm form) {
    ReportDefinition report = get(id);
    ReportSchedule schedule =
        report.scheduleFor(governance.body(form.bodyId()), form.frequency(), form.nextDue());
    // The report is already managed: flushing persists the new schedule itself, where saving
    // would merge a copy of it.
    reports.flush();
    return schedule;
  }

  public void removeSchedule(long id, long scheduleId) {
    ReportDefinition report = get(id);
    report.unschedule(schedule(report, scheduleId));
  }

  /** The body has received the report at a meeting: it is next due one interval after. */
  public ReportSchedule received(long id, long scheduleId, LocalDate meeting) {
    if (meeting == null) {
      throw new RuleViolationException(
          "meeting", "Enter the date of the meeting that received the report");
    }
    ReportSchedule schedule = schedule(get(id), scheduleId);
    schedule.received(meeting);
    return schedule;
  }

  /**
   * Sends the schedule's report pack to these people instead of the body's members and clerk; an
   * empty list sends it to those again. Refused if the schedule changed since the form was opened.
   */
  public ReportSchedule sendTo(long id, long scheduleId, List<Long> personIds, Long version) {
    ReportSchedule schedule = schedule(get(id), scheduleId);
    Versioned.check("schedule", schedule.getVersion(), version);
    schedule.sendTo(
        personIds == null ? List.of() : personIds.stream().distinct().map(people::get).toList());
    reports.flush();
    return schedule;
  }

  private static ReportSchedule schedule(ReportDefinition report, long scheduleId) {
    return report.getSchedules().stream()
        .filter(s -> s.getId().equals(scheduleId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Schedule", scheduleId));
  }

  private void apply(ReportDefinition report, ReportForm form) {
    report.describe(
        form.title().trim(), form.audience().trim(), form.includeDetail(), form.periodType());
    report.listTargetsAtRisk(Boolean.TRUE.equals(form.listTargetsAtRisk()));
    Long scopeId = form.scopeId();
    if (scopeId != null) {
      checkExists(form.scopeKind(), scopeId);
    }
    Set<Indicator> chosenIndicators = new LinkedHashSet<>();
    form.indicatorIds().forEach(i -> chosenIndicators.add(indicators.get(i)));
    Set<Action> chosenActions = new LinkedHashSet<>();
    form.actionIds().forEach(a -> chosenActions.add(actions.get(a)));
    report.cover(form.scopeKind(), scopeId, chosenIndicators, chosenActions);
    if (form.riskScope() == RiskScope.REGISTER
        && form.riskRegisterId() != null
        && riskRegisters.all().stream().noneMatch(r -> r.getId().equals(form.riskRegisterId()))) {
      throw new RuleViolationException("riskRegisterId", "Choose a risk register from the list");
    }
    report.coverRisks(form.riskScope(), form.riskRegisterId());
  }

  private void checkExists(ScopeKind kind, long id) {
    switch (kind) {
      case PLAN -> plans.get(id);
      case PRIORITY -> framework.get(id);
      case PORTFOLIO -> governance.portfolio(id);
      case DIRECTORATE -> units.get(id);
      case BODY -> governance.body(id);
      case CORPORATE_HEALTH, CHOSEN -> {}
    }
  }
}
