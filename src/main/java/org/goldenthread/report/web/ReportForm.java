package org.goldenthread.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.RiskScope;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.shared.BaseEntity;

/**
 * A report definition as entered. The form offers a choice for each kind of scope; only the one for
 * the kind chosen is kept.
 */
public record ReportForm(
    @NotBlank(message = "Enter a title for the report, for example Quarterly performance report")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        String title,
    @NotBlank(message = "Enter who the report is for, for example Cabinet")
        @Size(max = 200, message = "Audience must be 200 characters or fewer")
        String audience,
    @NotNull(message = "Choose what the report covers") ScopeKind scopeKind,
    Long planId,
    Long priorityId,
    Long portfolioId,
    Long orgUnitId,
    Long bodyId,
    List<Long> indicatorIds,
    List<Long> actionIds,
    Boolean includeDetail,
    PeriodType periodType,
    RiskScope riskScope,
    Long riskRegisterId,
    Long version,
    Boolean listTargetsAtRisk) {

  public ReportForm {
    indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
    actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
    // An unticked box sends nothing.
    includeDetail = Boolean.TRUE.equals(includeDetail);
    listTargetsAtRisk = Boolean.TRUE.equals(listTargetsAtRisk);
    riskScope = riskScope == null ? RiskScope.NONE : riskScope;
  }

  /** A form that does not list the targets at risk (as every report did before M10). */
  public ReportForm(
      String title,
      String audience,
      ScopeKind scopeKind,
      Long planId,
      Long priorityId,
      Long portfolioId,
      Long orgUnitId,
      Long bodyId,
      List<Long> indicatorIds,
      List<Long> actionIds,
      Boolean includeDetail,
      PeriodType periodType,
      RiskScope riskScope,
      Long riskRegisterId,
      Long version) {
    this(
        title,
        audience,
        scopeKind,
        planId,
        priorityId,
        portfolioId,
        orgUnitId,
        bodyId,
        indicatorIds,
        actionIds,
        includeDetail,
        periodType,
        riskScope,
        riskRegisterId,
        version,
        false);
  }

  /** The record the chosen kind of scope names; null when the kind names none or none is chosen. */
  public Long scopeId() {
    if (scopeKind == null) {
      return null;
    }
    return switch (scopeKind) {
      case PLAN -> planId;
      case PRIORITY -> priorityId;
      case PORTFOLIO -> portfolioId;
      case DIRECTORATE -> orgUnitId;
      case BODY -> bodyId;
      case CORPORATE_HEALTH, CHOSEN -> null;
    };
  }

  static ReportForm blank() {
    return new ReportForm(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        false,
        PeriodType.QUARTER,
        RiskScope.NONE,
        null,
        null);
  }

  static ReportForm of(ReportDefinition r) {
    return covering(
            r.getTitle(),
            r.getAudience(),
            r.getScopeKind(),
            r.getScopeId(),
            r.getChosenIndicators().stream().map(Indicator::getId).toList(),
            r.getChosenActions().stream().map(BaseEntity::getId).toList(),
            r.isIncludeDetail(),
            r.getPeriodType(),
            r.getVersion())
        .withRisks(r.getRiskScope(), r.getRiskRegisterId())
        .listingTargetsAtRisk(r.isListTargetsAtRisk());
  }

  /** The same form, listing the targets at risk or not. */
  public ReportForm listingTargetsAtRisk(boolean list) {
    return new ReportForm(
        title,
        audience,
        scopeKind,
        planId,
        priorityId,
        portfolioId,
        orgUnitId,
        bodyId,
        indicatorIds,
        actionIds,
        includeDetail,
        periodType,
        riskScope,
        riskRegisterId,
        version,
        list);
  }

  /** The same form carrying these risks. */
  public ReportForm withRisks(RiskScope scope, Long registerId) {
    return new ReportForm(
        title,
        audience,
        scopeKind,
        planId,
        priorityId,
        portfolioId,
        orgUnitId,
        bodyId,
        indicatorIds,
        actionIds,
        includeDetail,
        periodType,
        scope,
        registerId,
        version,
        listTargetsAtRisk);
  }

  /** A form whose one scope choice is {@code id}, in the field for its kind. */
  public static ReportForm covering(
      String title,
      String audience,
      ScopeKind kind,
      Long id,
      List<Long> indicatorIds,
      List<Long> actionIds,
      boolean includeDetail,
      PeriodType periodType,
      Long version) {
    return new ReportForm(
        title,
        audience,
        kind,
        kind == ScopeKind.PLAN ? id : null,
        kind == ScopeKind.PRIORITY ? id : null,
        kind == ScopeKind.PORTFOLIO ? id : null,
        kind == ScopeKind.DIRECTORATE ? id : null,
        kind == ScopeKind.BODY ? id : null,
        indicatorIds,
        actionIds,
        includeDetail,
        periodType,
        RiskScope.NONE,
        null,
        version);
  }

  ReportForm withVersion(long newVersion) {
    return new ReportForm(
        title,
        audience,
        scopeKind,
        planId,
        priorityId,
        portfolioId,
        orgUnitId,
        bodyId,
        indicatorIds,
        actionIds,
        includeDetail,
        periodType,
        riskScope,
        riskRegisterId,
        newVersion,
        listTargetsAtRisk);
  }
}
