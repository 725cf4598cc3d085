package org.goldenthread.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionList;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.ActionStatusAt;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.PlanService;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.YearFigures;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.chart.ChartSeries;
import org.goldenthread.indicator.chart.Measure;
import org.goldenthread.indicator.chart.TrendChart;
import org.goldenthread.indicator.commentary.CalculatedCommentaries;
import org.goldenthread.indicator.commentary.CalculatedCommentary;
import org.goldenthread.indicator.kept.KeptMarks;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.intervention.clinic.GoodNews;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces a report for a period from its definition (SPEC §7): the indicators and actions in
 * scope, the summary, the exceptions and the detail.
 *
 * <p>In scope: the active indicators the scorecard shows, and the actions the actions register
 * shows, for the same filter (a plan, a priority and everything beneath it, a portfolio, a unit and
 * everything within it). A body's set is every framework item the body is accountable for and
 * everything beneath each in the golden thread: the indicators measuring any of them and the
 * actions delivering any of them, plus the actions arising from the body's own decisions. A chosen
 * set is exactly the indicators (active ones) and actions picked. The corporate health scope is
 * every active indicator flagged corporate health, and no actions (no action carries that flag).
 */
@Service
@Transactional(
    readOnly = true,
    timeoutString = "${goldenthread.load.heavy-read-timeout-seconds:30}")
public class ReportBuilder {

  /** How many periods of history a detail chart shows at most. */
  static final int CHART_PERIODS = 8;

  private final Scorecard scorecard;
  private final IndicatorService indicators;
  private final DataEntry dataEntry;
  private final CalculatedCommentaries commentaries;
  private final ActionList actionList;
  private final ActionService actions;
  private final ActionStatusAt statusAt;
  private final FrameworkService framework;
  private final PlanService plans;
  private final GovernanceService governance;
  private final OrgUnitService units;
  private final ReportRiskBuilder risks;
  private final KeptMarks marks;
  private final ReportInterventions interventions;
  private final GoodNews goodNews;

  ReportBuilder(
      Scorecard scorecard,
      IndicatorService indicators,
      DataEntry dataEntry,
      CalculatedCommentaries commentaries,
      ActionList actionList,
      ActionService actions,
      ActionStatusAt statusAt,
      FrameworkService framework,
      PlanService plans,
      GovernanceService governance,
      OrgUnitService units,
      ReportRiskBuilder risks,
      KeptMarks marks,
      ReportInterventions interventions,
      GoodNews goodNews) {
    this.goodNews = goodNews;
    this.scorecard = scorecard;
    this.indicators = indicators;
    this.dataEntry = dataEntry;
    this.commentaries = commentaries;
    this.actionList = actionList;
    this.actions = actions;
    this.statusAt = statusAt;
    this.framework = framework;
    this.plans = plans;
    this.governance = governance;
    this.units = units;
    this.risks = risks;
    this.marks = marks;
    this.interventions = interventions;
  }

  public Report build(ReportDefinition definition, Period period) {
    Period previous = period.previous();
    Scorecard.Card now = indicatorCard(definition, period);
    // The figures read for the period answer for the previous one and the charts too: the
    // previous period's status needs only its own year, read with this one.
    YearFigures figures = now.figures();
    Map<Long, Status> before = new HashMap<>();
    for (Scorecard.Line line : now.lines()) {
      Indicator indicator = line.indicator();
      before.put(
          indicator.getId(),
          figures
              .calculator(indicator)
              .result(Scorecard.reportingPeriod(indicator, previous))
              .status());
    }
    List<ReportSummary.IndicatorLine> indicatorLines = new ArrayList<>();
    List<Exceptions.IndicatorCase<Scorecard.Line>> indicatorCases = new ArrayList<>();
    for (Scorecard.Line line : now.lines()) {
      PeriodResult r = line.result();
      indicatorLines.add(
          new ReportSummary.IndicatorLine(r.status(), before.get(line.indicator().getId())));
      indicatorCases.add(
          new Exceptions.IndicatorCase<>(
              line.indicator().getCode(), r.status(), r.actual(), r.target(), line));
    }

    List<Action> actionsInScope = actionsInScope(definition);
    Map<Long, ActionStatusAt.Standing> atEnd = statusAt.at(actionsInScope, period);
    Map<Long, ActionStatusAt.Standing> atPreviousEnd = statusAt.at(actionsInScope, previous);
    List<ReportSummary.ActionLine> actionLines = new ArrayList<>();
    List<Exceptions.ActionCase<ActionStatusAt.Standing>> actionCases = new ArrayList<>();
    for (Action action : actionsInScope) {
      ActionStatusAt.Standing s = atEnd.get(action.getId());
      actionLines.add(
          new ReportSummary.ActionLine(s.status(), atPreviousEnd.get(action.getId()).status()));
      actionCases.add(
          new Exceptions.ActionCase<>(
              action.getCode(), s.status(), s.overdue(), action.getDueDate(), s));
    }

    Map<Long, ScorecardMark> marked = marks.of(now);
    List<Report.IndicatorException> exceptions =
        indicatorExceptions(Exceptions.indicators(indicatorCases), period);
    return new Report(
        definition,
        describeScope(definition),
        period,
        previous,
        ReportSummary.indicators(indicatorLines),
        ReportSummary.actions(actionLines),
        exceptions,
        Exceptions.actions(actionCases).stream()
            .map(c -> new Report.ActionException(c.item()))
            .toList(),
        definition.isIncludeDetail() ? detail(now, period) : null,
        figures,
        risks.build(
            definition,
            period,
            now.lines().stream().map(Scorecard.Line::indicator).toList(),
            actionsInScope),
        marked,
        interventions.of(exceptions.stream().map(e -> e.indicator().getId()).toList()),
        TargetsAtRisk.of(now.lines(), marked),
        goodNews(period, now, actionsInScope));
  }

  /**
   * What clinics recognised for the indicators and actions in scope, at clinics held from the start
   * of the period to the end of the next one (the clinic that looks at a period's figures meets
   * after it), or to today if sooner.
   */
  private List<GoodNewsLine> goodNews(Period period, Scorecard.Card now, List<Action> inScope) {
    LocalDate to = period.next().end();
    LocalDate today = actions.today();
    return goodNews
        .recognised(
            period.start(),
            to.isAfter(today) ? today : to,
            now.lines().stream().map(l -> l.indicator().getId()).toList(),
            inScope.stream().map(Action::getId).toList())
        .stream()
        .map(GoodNewsLine::of)
        .toList();
  }

  private Scorecard.Card indicatorCard(ReportDefinition d, Period period) {
    Long id = d.getScopeId();
    return switch (d.getScopeKind()) {
      case PLAN -> scorecard.card(period, new Scorecard.Filter(id, null, null, null, null, null));
      case PRIORITY ->
          scorecard.card(period, new Scorecard.Filter(null, id, null, null, null, null));
      case PORTFOLIO ->
          scorecard.card(period, new Scorecard.Filter(null, null, id, null, null, null));
      case DIRECTORATE ->
          scorecard.card(period, new Scorecard.Filter(null, null, null, id, null, null));
      case BODY -> {
        Set<Long> items = bodyItems(id);
        yield scorecard.card(
            period,
            indicators.all().stream()
                .filter(i -> i.getMeasures().stream().anyMatch(m -> items.contains(m.getId())))
                .toList());
      }
      case CORPORATE_HEALTH ->
          scorecard.card(
              period, indicators.all().stream().filter(Indicator::isCorporateHealth).toList());
      case CHOSEN -> scorecard.card(period, d.getChosenIndicators());
    };
  }

  private List<Action> actionsInScope(ReportDefinition d) {
    Long id = d.getScopeId();
    ActionList.Filter filter =
        switch (d.getScopeKind()) {
          case PLAN -> new ActionList.Filter(id, null, null, null, null, false, false);
          case PRIORITY -> new ActionList.Filter(null, id, null, null, null, false, false);
          case PORTFOLIO -> new ActionList.Filter(null, null, id, null, null, false, false);
          case DIRECTORATE -> new ActionList.Filter(null, null, null, id, null, false, false);
          case BODY, CORPORATE_HEALTH, CHOSEN -> null;
        };
    if (filter != null) {
      return actionList.list(filter).lines().stream().map(ActionList.Line::action).toList();
    }
    if (d.getScopeKind() == ScopeKind.CHOSEN) {
      return List.copyOf(d.getChosenActions());
    }
    if (d.getScopeKind() == ScopeKind.CORPORATE_HEALTH) {
      return List.of();
    }
    Set<Long> items = bodyItems(id);
    return actions.all().stream()
        .filter(
            a ->
                (a.getFrameworkItem() != null && items.contains(a.getFrameworkItem().getId()))
                    || (a.getDecision() != null && a.getDecision().getBody().getId().equals(id)))
        .toList();
  }

  /** The items a body is accountable for, and everything beneath each of them. */
  private Set<Long> bodyItems(long bodyId) {
    var graph = framework.graph();
    Set<Long> items = new HashSet<>();
    for (FrameworkItem item : framework.all()) {
      if (item.getAccountableBody() != null && item.getAccountableBody().getId().equals(bodyId)) {
        items.add(item.getId());
        items.addAll(graph.beneath(item.getId()));
      }
    }
    return items;
  }

  private List<Report.IndicatorException> indicatorExceptions(
      List<Exceptions.IndicatorCase<Scorecard.Line>> cases, Period period) {
    Map<Indicator, Period> reported = new LinkedHashMap<>();
    cases.forEach(
        c ->
            reported.put(
                c.item().indicator(), Scorecard.reportingPeriod(c.item().indicator(), period)));
    Map<Long, DataEntry.Said> said = dataEntry.latestWithin(reported);
    // A calculated indicator has no entered value: its officer writes commentary for its period.
    Map<Long, CalculatedCommentary> written = commentaries.latestWithin(reported);
    return cases.stream()
        .map(
            c -> {
              Indicator indicator = c.item().indicator();
              if (indicator.isCalculated()) {
                CalculatedCommentary w = written.get(indicator.getId());
                return new Report.IndicatorException(
                    indicator,
                    c.item().result(),
                    w == null ? null : w.getCommentary(),
                    w == null ? null : w.getRemedialAction());
              }
              DataEntry.Said v = said.get(indicator.getId());
              return new Report.IndicatorException(
                  indicator,
                  c.item().result(),
                  v == null ? null : v.commentary(),
                  v == null ? null : v.remedialAction());
            })
        .toList();
  }

  private List<Report.DetailLine> detail(Scorecard.Card card, Period period) {
    Map<Long, String> charts =
        charts(
            card.lines().stream().map(Scorecard.Line::indicator).toList(), period, card.figures());
    List<Report.DetailLine> lines = new ArrayList<>();
    for (Scorecard.Line line : card.lines()) {
      Indicator indicator = line.indicator();
      lines.add(
          new Report.DetailLine(
              indicator, line.result(), indicator.isCumulative(), charts.get(indicator.getId())));
    }
    return lines;
  }

  /**
   * A small chart of actual against target for each indicator, by its id, from the figures read for
   * the report's period.
   */
  public Map<Long, String> charts(List<Indicator> shown, Period period, YearFigures figures) {
    Map<Long, String> charts = new HashMap<>();
    shown.forEach(i -> charts.put(i.getId(), chart(i, figures.calculator(i), period)));
    return charts;
  }

  /**
   * Actual against target for the periods up to this one, as far back as the start of last
   * financial year (all that the calculators read) and at most {@value #CHART_PERIODS} of them.
   */
  private static String chart(Indicator indicator, IndicatorCalculator calculator, Period period) {
    return ChartSeries.chart(
        "chart-" + indicator.getId(),
        indicator.getTitle() + ": actual against target",
        ChartSeries.upTo(
            calculator,
            Scorecard.reportingPeriod(indicator, period),
            CHART_PERIODS,
            period.financialYear().previous()),
        Measure.of(indicator, calculator),
        TrendChart.Size.SMALL);
  }

  /** What a report covers, in words: "Plan: Corporate Plan 2026–2030". */
  public String describeScope(ReportDefinition d) {
    Long id = d.getScopeId();
    return switch (d.getScopeKind()) {
      case PLAN -> "Plan: " + plans.get(id).label();
      case PRIORITY -> "Priority: " + framework.get(id).label();
      case PORTFOLIO -> "Portfolio: " + governance.portfolio(id).label();
      case DIRECTORATE -> "Directorate: " + units.get(id).label();
      case BODY -> "Accountable to " + governance.body(id).label();
      case CORPORATE_HEALTH -> "Corporate health indicators";
      case CHOSEN -> "Chosen indicators and actions";
    };
  }
}
