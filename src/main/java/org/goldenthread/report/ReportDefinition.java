package org.goldenthread.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A report as defined once and produced each period (SPEC §7): its title, audience, scope, the kind
 * of period it covers, whether it shows full detail, and the bodies that receive it.
 */
@Entity
@Audited
public class ReportDefinition extends BaseEntity {

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 200)
  private String audience;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ScopeKind scopeKind;

  /** The plan, priority, portfolio, org unit or body; null for a chosen set. */
  private Long scopeId;

  @ManyToMany
  @JoinTable(
      name = "report_indicator",
      joinColumns = @JoinColumn(name = "report_definition_id"),
      inverseJoinColumns = @JoinColumn(name = "indicator_id"))
  private Set<Indicator> chosenIndicators = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "report_action",
      joinColumns = @JoinColumn(name = "report_definition_id"),
      inverseJoinColumns = @JoinColumn(name = "action_id"))
  private Set<Action> chosenActions = new LinkedHashSet<>();

  @Column(nullable = false)
  private boolean includeDetail;

  /** Whether the report lists the targets at risk (M10); reports defined before do not. */
  @Column(nullable = false)
  private boolean listTargetsAtRisk;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private PeriodType periodType = PeriodType.QUARTER;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private RiskScope riskScope = RiskScope.NONE;

  /** The register a report carrying one chosen register covers; null otherwise. */
  private Long riskRegisterId;

  @Column(nullable = false, length = 200)
  private String createdBy;

  private Long createdByPersonId;

  private Long createdByAccountId;

  @OneToMany(mappedBy = "reportDefinition", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("nextDue, id")
  private List<ReportSchedule> schedules = new ArrayList<>();

  protected ReportDefinition() {}

  public ReportDefinition(PersonRef createdBy) {
    this.createdBy = createdBy.name();
    this.createdByPersonId = createdBy.personId();
    this.createdByAccountId = createdBy.accountId();
  }

  /** A definition built for a dashboard and never saved, so no one is recorded as defining it. */
  public static ReportDefinition unsaved() {
    ReportDefinition report = new ReportDefinition();
    report.createdBy = "dashboard";
    return report;
  }

  public void describe(
      String title, String audience, boolean includeDetail, PeriodType periodType) {
    this.title = title;
    this.audience = audience;
    this.includeDetail = includeDetail;
    this.periodType = periodType == null ? PeriodType.QUARTER : periodType;
  }

  /**
   * Whether the report lists every indicator in scope whose annual target is at risk or on watch.
   */
  public void listTargetsAtRisk(boolean list) {
    this.listTargetsAtRisk = list;
  }

  public boolean isListTargetsAtRisk() {
    return listTargetsAtRisk;
  }

  /**
   * What the report covers. A chosen set needs at least one indicator or action and no single
   * record; the corporate health indicators need neither; every other kind names its record and
   * chooses nothing.
   */
  public void cover(ScopeKind kind, Long id, Set<Indicator> indicators, Set<Action> actions) {
    if (kind == null) {
      throw new RuleViolationException("scopeKind", "Choose what the report covers");
    }
    if (kind == ScopeKind.CHOSEN) {
      if (indicators.isEmpty() && actions.isEmpty()) {
        throw new RuleViolationException(
            "indicatorIds", "Choose at least one indicator or action for the report");
      }
      id = null;
    } else if (!kind.namesRecord()) {
      id = null;
    } else if (id == null) {
      throw new RuleViolationException(
          "scopeId", "Choose which " + noun(kind) + " the report covers");
    }
    this.scopeKind = kind;
    this.scopeId = id;
    Set<Indicator> pickedIndicators = kind == ScopeKind.CHOSEN ? indicators : Set.of();
    Set<Action> pickedActions = kind == ScopeKind.CHOSEN ? actions : Set.of();
    chosenIndicators.retainAll(pickedIndicators);
    chosenIndicators.addAll(pickedIndicators);
    chosenActions.retainAll(pickedActions);
    chosenActions.addAll(pickedActions);
  }

  /** Which risks the report carries; a chosen register needs its register, no other choice does. */
  public void coverRisks(RiskScope scope, Long registerId) {
    RiskScope chosen = scope == null ? RiskScope.NONE : scope;
    if (chosen == RiskScope.REGISTER && registerId == null) {
      throw new RuleViolationException(
          "riskRegisterId", "Choose which risk register the report covers");
    }
    this.riskScope = chosen;
    this.riskRegisterId = chosen == RiskScope.REGISTER ? registerId : null;
  }

  static String noun(ScopeKind kind) {
    return switch (kind) {
      case PLAN -> "plan";
      case PRIORITY -> "priority";
      case PORTFOLIO -> "portfolio";
      case DIRECTORATE -> "directorate or unit";
      case BODY -> "body";
      case CORPORATE_HEALTH -> "corporate health indicators";
      case CHOSEN -> "indicators and actions";
    };
  }

  /** Sends the report to a body at a frequency; a body receives a report once. */
  public ReportSchedule scheduleFor(Body body, Frequency frequency, LocalDate nextDue) {
    if (schedules.stream().anyMatch(s -> s.getBody().equals(body))) {
      throw new RuleViolationException(
          "bodyId", body.getName() + " already receives this report: remove that schedule first");
    }
    ReportSchedule schedule = new ReportSchedule(this, body, frequency, nextDue);
    schedules.add(schedule);
    return schedule;
  }

  public void unschedule(ReportSchedule schedule) {
    schedules.remove(schedule);
  }

  /** The earliest date any body next receives this report; null when none does. */
  public LocalDate nextDue() {
    return schedules.stream()
        .map(ReportSchedule::getNextDue)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  @Override
  public String label() {
    return title;
  }

  public String getTitle() {
    return title;
  }

  public String getAudience() {
    return audience;
  }

  public ScopeKind getScopeKind() {
    return scopeKind;
  }

  public Long getScopeId() {
    return scopeId;
  }

  public Set<Indicator> getChosenIndicators() {
    return Collections.unmodifiableSet(chosenIndicators);
  }

  public Set<Action> getChosenActions() {
    return Collections.unmodifiableSet(chosenActions);
  }

  public RiskScope getRiskScope() {
    return riskScope == null ? RiskScope.NONE : riskScope;
  }

  public Long getRiskRegisterId() {
    return riskRegisterId;
  }

  public boolean isIncludeDetail() {
    return includeDetail;
  }

  public PeriodType getPeriodType() {
    return periodType;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public PersonRef getCreatedByPerson() {
    return PersonRef.recorded(createdBy, createdByPersonId, createdByAccountId);
  }

  public List<ReportSchedule> getSchedules() {
    return Collections.unmodifiableList(schedules);
  }
}
