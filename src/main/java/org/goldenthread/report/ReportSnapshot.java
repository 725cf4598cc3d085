package org.goldenthread.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.goldenthread.action.ActionStatusAt;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.PeriodResult;

/**
 * Everything a report showed when it was published, in plain values (written to JSON and read back
 * unchanged): the summary tables, the exceptions with what was said, and the detail lines with
 * their charts. A published report is drawn from this alone, never from live data.
 */
public record ReportSnapshot(
    String title,
    String audience,
    String scope,
    String period,
    String previous,
    ReportSummary.Table indicatorSummary,
    ReportSummary.Table actionSummary,
    List<IndicatorFigure> indicatorExceptions,
    List<ActionFigure> actionExceptions,
    List<IndicatorFigure> detail,
    ReportRisks risks,
    List<IndicatorFigure> targetsAtRisk,
    FigureWarning.Counts outlook,
    List<GoodNewsLine> goodNews,
    CoverSheet cover) {

  /**
   * A report published before risks (or good news) were kept has none. One published before targets
   * at risk were kept has no such list and no counts (null), as has a report that does not list
   * them. One published before covers were kept (M11), or without a cover, has none (null).
   */
  public ReportSnapshot {
    risks = risks == null ? ReportRisks.NONE : risks;
    goodNews = goodNews == null ? List.of() : goodNews;
  }

  /**
   * An indicator as published: the figures as numbers and as shown, status and trends, and the unit
   * and decimal places the figures are shown in. The period the figures are for, the unit and
   * places, and whether the indicator is calculated (so its commentary is written on its page
   * rather than with a value), were added later: they are null in reports published before then; so
   * are the early-warning marks and, for an exception, its open intervention (M10).
   */
  public record IndicatorFigure(
      long indicatorId,
      String code,
      String title,
      BigDecimal actual,
      BigDecimal target,
      String actualText,
      String targetText,
      Status status,
      Trend trendFromPrevious,
      Trend trendFromLastYear,
      boolean yearToDate,
      String commentary,
      String remedialAction,
      String chart,
      String reportedPeriod,
      Unit unit,
      Integer decimalPlaces,
      Boolean calculated,
      FigureWarning warning,
      FigureIntervention intervention) {

    /** A calculated indicator without commentary: its responsible officer writes it on its page. */
    public boolean awaitsCalculatedCommentary() {
      return Boolean.TRUE.equals(calculated) && commentary == null && remedialAction == null;
    }
  }

  /**
   * An action exception as published. Its percent complete was added later: it is null in reports
   * published before then.
   */
  public record ActionFigure(
      long actionId,
      String code,
      String title,
      Brag status,
      boolean overdue,
      LocalDate due,
      String commentary,
      String remedialAction,
      Integer percentComplete) {}

  /**
   * The report as plain values, describing no confidential risk: what publishing keeps. A report
   * shown to someone is made with {@link #of(Report, Figures, Predicate)}.
   */
  public static ReportSnapshot of(Report report, Figures figures) {
    return of(report, figures, id -> false);
  }

  /**
   * The report as plain values, describing the confidential risks whose id {@code describable}
   * allows (those its reader may have described) and counting the others.
   */
  public static ReportSnapshot of(Report report, Figures figures, Predicate<Long> describable) {
    Map<Long, ScorecardMark> marks = report.marks() == null ? Map.of() : report.marks();
    Map<Long, FigureIntervention> interventions =
        report.interventions() == null ? Map.of() : report.interventions();
    return new ReportSnapshot(
        report.definition().getTitle(),
        report.definition().getAudience(),
        report.scope(),
        report.period().label(),
        report.previous().label(),
        report.indicatorSummary(),
        report.actionSummary(),
        report.indicatorExceptions().stream()
            .map(
                e ->
                    figure(
                        e.indicator(),
                        e.result(),
                        figures,
                        false,
                        e.commentary(),
                        e.remedialAction(),
                        null,
                        FigureWarning.of(e.indicator(), marks.get(e.indicator().getId()), figures),
                        interventions.get(e.indicator().getId())))
            .toList(),
        report.actionExceptions().stream().map(e -> action(e.standing())).toList(),
        report.hasDetail()
            ? report.detail().stream()
                .map(
                    l ->
                        figure(
                            l.indicator(),
                            l.result(),
                            figures,
                            l.yearToDate(),
                            null,
                            null,
                            l.chart(),
                            FigureWarning.of(
                                l.indicator(), marks.get(l.indicator().getId()), figures),
                            null))
                .toList()
            : null,
        report.risks() == null ? ReportRisks.NONE : report.risks().describing(describable),
        report.definition().isListTargetsAtRisk() && report.targetsAtRisk() != null
            ? report.targetsAtRisk().stream()
                .map(
                    l ->
                        figure(
                            l.indicator(),
                            l.result(),
                            figures,
                            l.indicator().isCumulative(),
                            null,
                            null,
                            null,
                            FigureWarning.of(
                                l.indicator(), marks.get(l.indicator().getId()), figures),
                            null))
                .toList()
            : null,
        counts(marks.values()),
        report.goodNews(),
        null);
  }

  /** The same report with its cover as an agenda item (null: none). */
  public ReportSnapshot withCover(CoverSheet sheet) {
    return new ReportSnapshot(
        title,
        audience,
        scope,
        period,
        previous,
        indicatorSummary,
        actionSummary,
        indicatorExceptions,
        actionExceptions,
        detail,
        risks,
        targetsAtRisk,
        outlook,
        goodNews,
        sheet);
  }

  public boolean hasCover() {
    return cover != null;
  }

  /** Whether the report lists its targets at risk (reports published before M10 do not). */
  public boolean hasTargetsAtRisk() {
    return targetsAtRisk != null;
  }

  private static FigureWarning.Counts counts(Collection<ScorecardMark> marks) {
    int atRisk = 0;
    int watch = 0;
    for (ScorecardMark m : marks) {
      if (m.risk() == OutturnRisk.AT_RISK) {
        atRisk++;
      } else if (m.risk() == OutturnRisk.WATCH) {
        watch++;
      }
    }
    return new FigureWarning.Counts(atRisk, watch);
  }

  public boolean hasDetail() {
    return detail != null;
  }

  /**
   * The public copy of a report to a body that meets in public: every indicator in it, with its
   * figures as published, but no confidential risk (not even counted) and no person named on its
   * cover.
   */
  public ReportSnapshot publicCopy() {
    return withoutConfidentialRisks().withCover(cover == null ? null : cover.withoutPeople());
  }

  /** The same report without any confidential risk, not even counted: for the public pages. */
  public ReportSnapshot withoutConfidentialRisks() {
    return new ReportSnapshot(
        title,
        audience,
        scope,
        period,
        previous,
        indicatorSummary,
        actionSummary,
        indicatorExceptions,
        actionExceptions,
        detail,
        risks.withoutConfidential(),
        targetsAtRisk,
        outlook,
        goodNews,
        cover);
  }

  /** Every indicator figure the report shows, once each (exceptions first, then the detail). */
  public List<IndicatorFigure> figures() {
    Map<Long, IndicatorFigure> all = new LinkedHashMap<>();
    indicatorExceptions.forEach(f -> all.putIfAbsent(f.indicatorId(), f));
    if (detail != null) {
      detail.forEach(f -> all.putIfAbsent(f.indicatorId(), f));
    }
    return List.copyOf(all.values());
  }

  private static IndicatorFigure figure(
      Indicator i,
      PeriodResult r,
      Figures figures,
      boolean yearToDate,
      String commentary,
      String remedialAction,
      String chart,
      FigureWarning warning,
      FigureIntervention intervention) {
    return new IndicatorFigure(
        i.getId(),
        i.getCode(),
        i.getTitle(),
        r.actual(),
        r.target(),
        figures.of(i, r.actual()),
        figures.of(i, r.target()),
        r.status(),
        r.trendFromPrevious(),
        r.trendFromLastYear(),
        yearToDate,
        commentary,
        remedialAction,
        chart,
        r.period() == null ? null : r.period().label(),
        i.getUnit(),
        i.getDecimalPlaces(),
        i.isCalculated(),
        warning,
        intervention);
  }

  private static ActionFigure action(ActionStatusAt.Standing s) {
    return new ActionFigure(
        s.action().getId(),
        s.action().getCode(),
        s.action().getTitle(),
        s.status(),
        s.overdue(),
        s.action().getDueDate(),
        s.commentary(),
        s.remedialAction(),
        s.percentComplete());
  }
}
