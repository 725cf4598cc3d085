package org.goldenthread.report.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanStatus;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces the annual performance report for a financial year (see {@link AnnualReport}).
 *
 * <p>It covers every active indicator flagged as published, and is a public document, so it counts
 * only values in the published state: a value still in the workflow, or being corrected after
 * publication, counts as missing, and a figure made of it has no value. Each figure is what the
 * indicator reports for the whole year, as every other page works it out: a cumulative total for
 * the year, a snapshot's value at the year end, a sum, average, lowest or highest of the year's
 * values, a ratio of the year's summed parts; no value when any part is missing. The target is the
 * year's, set for the year or made up of the year's quarterly or monthly targets; next year's is
 * worked out the same way from the targets set for next year.
 */
@Service
@Transactional(
    readOnly = true,
    timeoutString = "${goldenthread.load.heavy-read-timeout-seconds:30}")
public class AnnualReportBuilder {

  private final IndicatorService indicators;
  private final IndicatorResults results;
  private final FrameworkService framework;
  private final PlanService plans;
  private final Clock clock;

  AnnualReportBuilder(
      IndicatorService indicators,
      IndicatorResults results,
      FrameworkService framework,
      PlanService plans,
      Clock clock) {
    this.indicators = indicators;
    this.results = results;
    this.framework = framework;
    this.plans = plans;
    this.clock = clock;
  }

  /** The latest financial year that is over: 2025/26 from 1 April 2026. */
  public FinancialYear latestYearOver() {
    return FinancialYear.of(LocalDate.now(clock)).previous();
  }

  /** Whether a year is over, so that its annual report can be produced. */
  public boolean isOver(FinancialYear year) {
    return year.compareTo(latestYearOver()) <= 0;
  }

  public AnnualReport build(FinancialYear year) {
    List<Indicator> published =
        indicators.all().stream()
            .filter(i -> i.isActive() && i.isPublished())
            .sorted(Comparator.comparing(Indicator::getCode))
            .toList();
    Map<Long, IndicatorCalculator> thisYear = results.publishedCalculatorsFor(published, year);
    Map<Long, IndicatorCalculator> nextYear =
        results.publishedCalculatorsFor(published, year.next());
    Period whole = Period.year(year.startYear());
    Period before = Period.year(year.previous().startYear());
    Period after = Period.year(year.next().startYear());
    List<AnnualReport.Line> lines = new ArrayList<>();
    Map<Long, Status> statusLastYear = new HashMap<>();
    for (Indicator indicator : published) {
      IndicatorCalculator calculator = thisYear.get(indicator.getId());
      IndicatorCalculator.Result lastYear = calculator.result(before);
      statusLastYear.put(indicator.getId(), lastYear.status());
      lines.add(
          new AnnualReport.Line(
              indicator,
              lastYear.actual(),
              calculator.result(whole),
              nextYear.get(indicator.getId()).target(after).orElse(null)));
    }
    ThreadGraph graph = framework.graph();
    List<AnnualReport.Priority> priorities = corporatePriorities();
    Map<Long, Set<Long>> serves = new HashMap<>();
    for (Indicator indicator : published) {
      serves.put(indicator.getId(), servedBy(indicator, graph));
    }
    return AnnualReport.of(year, lines, priorities, serves, statusLastYear);
  }

  /**
   * The priorities of every corporate plan not archived, plan by plan, each plan's in the order it
   * lists them.
   */
  private List<AnnualReport.Priority> corporatePriorities() {
    List<AnnualReport.Priority> priorities = new ArrayList<>();
    for (Plan plan : plans.all()) {
      if (plan.getType() != PlanType.CORPORATE_PLAN || plan.getStatus() == PlanStatus.ARCHIVED) {
        continue;
      }
      framework.inPlan(plan).stream()
          .filter(item -> item.getType() == ItemType.PRIORITY)
          .sorted(
              Comparator.comparingInt(FrameworkItem::getSortOrder)
                  .thenComparing(FrameworkItem::getCode))
          .forEach(
              item ->
                  priorities.add(
                      new AnnualReport.Priority(item.getId(), item.getCode(), item.getTitle())));
    }
    return priorities;
  }

  /** The items an indicator measures, and every item they contribute to, however indirectly. */
  private static Set<Long> servedBy(Indicator indicator, ThreadGraph graph) {
    Set<Long> served = new HashSet<>();
    Deque<Long> toVisit = new ArrayDeque<>();
    for (FrameworkItem item : indicator.getMeasures()) {
      toVisit.add(item.getId());
    }
    while (!toVisit.isEmpty()) {
      long next = toVisit.pop();
      if (served.add(next)) {
        graph.parentsOf(next).forEach(p -> toVisit.add(p.id()));
      }
    }
    return served;
  }
}
