package org.goldenthread.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.ActionStatusAt;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.YearFigures;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.period.Period;

/**
 * A report as produced for one period: its summary tables, its exceptions worst first, and, when
 * the definition asks for it, every indicator in detail; with the figures it was made from (read
 * once for its period's year and the year before), which also draw its charts; and its risks, every
 * one described (a {@link ReportSnapshot} made from it decides what its reader may have described);
 * and its early warnings: each indicator's marks (risk to the annual target, XmR variation and
 * assurance) by id, each exception's open intervention by indicator id, and the lines whose target
 * is at risk or on watch, at risk first.
 */
public record Report(
    ReportDefinition definition,
    String scope,
    Period period,
    Period previous,
    ReportSummary.Table indicatorSummary,
    ReportSummary.Table actionSummary,
    List<IndicatorException> indicatorExceptions,
    List<ActionException> actionExceptions,
    List<DetailLine> detail,
    @JsonIgnore YearFigures figures,
    ReportRisks risks,
    @JsonIgnore Map<Long, ScorecardMark> marks,
    @JsonIgnore Map<Long, FigureIntervention> interventions,
    @JsonIgnore List<Scorecard.Line> targetsAtRisk,
    List<GoodNewsLine> goodNews) {

  /** An amber or red indicator with what its responsible officer said about it. */
  public record IndicatorException(
      Indicator indicator, PeriodResult result, String commentary, String remedialAction) {}

  /** An amber or red action as at the period end, with its lead officer's commentary. */
  public record ActionException(ActionStatusAt.Standing standing) {}

  /**
   * One indicator in full: what it reports (year to date when cumulative), its status and trends,
   * and a small chart of actual against target.
   */
  public record DetailLine(
      Indicator indicator, PeriodResult result, boolean yearToDate, String chart) {}

  public boolean hasDetail() {
    return detail != null;
  }
}
