package org.goldenthread.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many actions at once, each with its suggested status and overdue flag, filtered by plan,
 * priority, portfolio, directorate, status and whether overdue.
 */
@Service
@Transactional(readOnly = true)
public class ActionList {

  /** What to show; any filter may be empty. {@code notAssessed} picks actions never updated. */
  public record Filter(
      Long planId,
      Long itemId,
      Long portfolioId,
      Long orgUnitId,
      Brag status,
      boolean notAssessed,
      boolean overdue) {

    public static final Filter NONE = new Filter(null, null, null, null, null, false, false);
  }

  /** One action's line: its latest self-assessment, the suggestion beside it, and if overdue. */
  public record Line(Action action, BragRules.Suggestion suggestion, boolean overdue) {

    public boolean differs() {
      return action.getStatus() != null && action.getStatus() != suggestion.status();
    }
  }

  /** The lines, and how many there are of each self-assessed status. */
  public record Listing(
      LocalDate asOf, List<Line> lines, Map<Brag, Integer> counts, int notAssessed, int overdue) {

    public int total() {
      return lines.size();
    }
  }

  private final ActionService actions;
  private final FrameworkService framework;
  private final OrgUnitService units;
  private final GovernanceService governance;
  private final Clock clock;

  ActionList(
      ActionService actions,
      FrameworkService framework,
      OrgUnitService units,
      GovernanceService governance,
      Clock clock) {
    this.actions = actions;
    this.framework = framework;
    this.units = units;
    this.governance = governance;
    this.clock = clock;
  }

  /** The register's order: completed actions last, then by due date (none last), then code. */
  public static final Comparator<Action> REGISTER_ORDER =
      Comparator.comparing(Action::isComplete)
          .thenComparing(Action::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Action::getCode);

  public Listing list(Filter filter) {
    return listing(actions.all(), filter);
  }

  /** Lines for actions already chosen, such as one person's. */
  public Listing listing(List<Action> chosen, Filter filter) {
    LocalDate today = LocalDate.now(clock);
    Set<Long> unitScope = unitScope(filter);
    Set<Long> itemScope = null;
    if (filter.itemId() != null) {
      itemScope = new HashSet<>(framework.graph().beneath(filter.itemId()));
      itemScope.add(filter.itemId());
    }
    List<Line> lines = new ArrayList<>();
    Map<Brag, Integer> counts = new EnumMap<>(Brag.class);
    for (Brag b : Brag.values()) {
      counts.put(b, 0);
    }
    int notAssessed = 0;
    int overdue = 0;
    for (Action action : chosen) {
      if (!inScope(action, filter, unitScope, itemScope)) {
        continue;
      }
      Line line = new Line(action, action.suggestion(today), action.isOverdue(today));
      if (!matches(line, filter)) {
        continue;
      }
      lines.add(line);
      if (action.getStatus() == null) {
        notAssessed++;
      } else {
        counts.merge(action.getStatus(), 1, Integer::sum);
      }
      overdue += line.overdue() ? 1 : 0;
    }
    return new Listing(today, lines, counts, notAssessed, overdue);
  }

  private Set<Long> unitScope(Filter filter) {
    Set<Long> roots = new HashSet<>();
    if (filter.portfolioId() != null) {
      governance.portfolio(filter.portfolioId()).getServices().stream()
          .map(OrgUnit::getId)
          .forEach(roots::add);
    }
    if (filter.orgUnitId() != null) {
      Set<Long> within = units.unitIdsWithin(List.of(filter.orgUnitId()));
      if (filter.portfolioId() == null) {
        return within;
      }
      Set<Long> portfolio = units.unitIdsWithin(roots);
      within.retainAll(portfolio);
      return within;
    }
    return filter.portfolioId() == null ? null : units.unitIdsWithin(roots);
  }

  private static boolean inScope(
      Action action, Filter filter, Set<Long> unitScope, Set<Long> itemScope) {
    if (unitScope != null
        && (action.getOrgUnit() == null || !unitScope.contains(action.getOrgUnit().getId()))) {
      return false;
    }
    var item = action.getFrameworkItem();
    if (filter.planId() != null
        && (item == null
            || item.getPlan() == null
            || !item.getPlan().getId().equals(filter.planId()))) {
      return false;
    }
    return itemScope == null || (item != null && itemScope.contains(item.getId()));
  }

  private static boolean matches(Line line, Filter filter) {
    if (filter.overdue() && !line.overdue()) {
      return false;
    }
    if (filter.notAssessed()) {
      return line.action().getStatus() == null;
    }
    return filter.status() == null || filter.status() == line.action().getStatus();
  }
}
