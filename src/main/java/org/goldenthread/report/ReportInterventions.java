package org.goldenthread.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRepository;
import org.goldenthread.intervention.InterventionRule;
import org.goldenthread.intervention.Ladders;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlanRepository;
import org.springframework.stereotype.Component;

/**
 * The open intervention of each of a report's exceptions, with its latest remedial plan: two
 * queries and the ladder, however many exceptions. An indicator has one open intervention at most;
 * should it have more, the highest level is shown.
 */
@Component
class ReportInterventions {

  private final InterventionRepository interventions;
  private final RemedialPlanRepository plans;
  private final Ladders ladders;

  ReportInterventions(
      InterventionRepository interventions, RemedialPlanRepository plans, Ladders ladders) {
    this.interventions = interventions;
    this.plans = plans;
    this.ladders = ladders;
  }

  /** By indicator id: the open intervention of each indicator that has one. */
  Map<Long, FigureIntervention> of(Collection<Long> indicatorIds) {
    Map<Long, FigureIntervention> shown = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return shown;
    }
    // Beyond a few hundred exceptions, every open intervention is read and those of other
    // indicators dropped: H2 checks a long in (...) list against each row in turn.
    List<Intervention> open;
    if (indicatorIds.size() > IndicatorResults.READ_EVERY_INDICATOR_ABOVE) {
      Set<Long> wanted = new HashSet<>(indicatorIds);
      open =
          interventions.findOpen().stream()
              .filter(i -> i.getIndicator() != null && wanted.contains(i.getIndicator().getId()))
              .toList();
    } else {
      open = interventions.findOpenForIndicators(indicatorIds);
    }
    if (open.isEmpty()) {
      return shown;
    }
    Map<Integer, String> names = new HashMap<>();
    for (InterventionRule rule : ladders.rules()) {
      names.put(rule.getLevel(), rule.getName());
    }
    // Earliest first, so the latest plan of each intervention is the one kept.
    Map<Long, RemedialPlan> latestPlan = new HashMap<>();
    for (RemedialPlan p : plans.findByInterventions(open)) {
      latestPlan.put(p.getIntervention().getId(), p);
    }
    for (Intervention i : open) {
      RemedialPlan p = latestPlan.get(i.getId());
      // Highest level first: the first of an indicator's is the one shown.
      shown.putIfAbsent(
          i.getIndicator().getId(),
          new FigureIntervention(
              i.getId(),
              i.getLevel(),
              names.get(i.getLevel()),
              i.getOpenedPeriod().label(),
              p == null ? null : p.getState().label(),
              p == null ? null : p.getMeasures(),
              p == null ? null : p.getByWhen(),
              p == null ? null : p.getExpectedEffect()));
    }
    return shown;
  }
}
