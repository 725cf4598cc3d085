package org.goldenthread.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many indicators at once for one period: each one's figure, target, status and trends, filtered by
 * plan, priority, portfolio, directorate, type and status.
 */
@Service
@Transactional(
    readOnly = true,
    timeoutString = "${goldenthread.load.heavy-read-timeout-seconds:30}")
public class Scorecard {

  /** What to show; any filter may be empty. */
  public record Filter(
      Long planId,
      Long itemId,
      Long portfolioId,
      Long orgUnitId,
      IndicatorType type,
      Status status) {

    public static final Filter NONE = new Filter(null, null, null, null, null, null);
  }

  /** One indicator's line on the scorecard. */
  public record Line(Indicator indicator, IndicatorCalculator.Result result) {}

  /**
   * The lines, and how many there are of each status; with the figures read for them, which answer
   * for any other period of the same year and the year before without a second read.
   */
  public record Card(
      Period period, List<Line> lines, Map<Status, Integer> counts, YearFigures figures) {

    public int total() {
      return lines.size();
    }
  }

  private final IndicatorRepository indicators;
  private final IndicatorResults results;
  private final FrameworkService framework;
  private final OrgUnitService units;

  Scorecard(
      IndicatorRepository indicators,
      IndicatorResults results,
      FrameworkService framework,
      OrgUnitService units) {
    this.indicators = indicators;
    this.results = results;
    this.framework = framework;
    this.units = units;
  }

  public Card card(Period period, Filter filter) {
    return card(period, filter, null);
  }

  /** As above, among these indicators only (a partner user's part), or all when null. */
  public Card card(Period period, Filter filter, Set<Long> within) {
    List<Indicator> chosen =
        indicators.findAllInOrder().stream()
            .filter(Indicator::isActive)
            .filter(i -> within == null || within.contains(i.getId()))
            .toList();
    Set<Long> unitScope =
        filter.orgUnitId() == null ? null : units.unitIdsWithin(List.of(filter.orgUnitId()));
    Set<Long> itemScope = null;
    if (filter.itemId() != null) {
      itemScope = new HashSet<>(framework.graph().beneath(filter.itemId()));
      itemScope.add(filter.itemId());
    }
    Set<Long> items = itemScope;
    chosen = chosen.stream().filter(i -> matches(i, filter, unitScope, items)).toList();
    return cardOf(period, chosen, filter.status());
  }

  /** The scorecard of indicators already chosen, such as a report's; inactive ones are left out. */
  public Card card(Period period, Collection<Indicator> wanted) {
    return cardOf(period, wanted.stream().filter(Indicator::isActive).toList(), null);
  }

  private Card cardOf(Period period, List<Indicator> chosen, Status status) {
    YearFigures figures = results.yearFigures(chosen, period.financialYear());
    List<Line> lines = new ArrayList<>();
    for (Indicator indicator : chosen) {
      IndicatorCalculator.Result result =
          figures.calculator(indicator).result(reportingPeriod(indicator, period));
      if (status == null || status == result.status()) {
        lines.add(new Line(indicator, result));
      }
    }
    lines.sort(Comparator.comparing(l -> l.indicator().getCode()));
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    lines.forEach(l -> counts.merge(l.result().status(), 1, Integer::sum));
    return new Card(period, lines, counts, figures);
  }

  /**
   * The period an indicator reports for, when a scorecard shows a given period: that period, or for
   * an indicator collected less often (annually, say), the longer period that holds it.
   */
  public static Period reportingPeriod(Indicator indicator, Period period) {
    return indicator.getFrequency().months() > period.type().months()
        ? period.enclosing(indicator.getFrequency())
        : period;
  }

  private static boolean matches(
      Indicator indicator, Filter filter, Set<Long> unitScope, Set<Long> itemScope) {
    if (filter.type() != null && indicator.getType() != filter.type()) {
      return false;
    }
    if (filter.portfolioId() != null
        && (indicator.getPortfolio() == null
            || !indicator.getPortfolio().getId().equals(filter.portfolioId()))) {
      return false;
    }
    if (unitScope != null
        && (indicator.getOrgUnit() == null
            || !unitScope.contains(indicator.getOrgUnit().getId()))) {
      return false;
    }
    if (filter.planId() != null
        && indicator.getMeasures().stream()
            .noneMatch(
                item -> item.getPlan() != null && item.getPlan().getId().equals(filter.planId()))) {
      return false;
    }
    if (itemScope != null) {
      return indicator.getMeasures().stream().anyMatch(item -> itemScope.contains(item.getId()));
    }
    return true;
  }
}
