package org.goldenthread.intervention;

import java.util.List;
import java.util.Optional;

/**
 * What the ladder made of an indicator's periods: each evaluated period with its level and step,
 * and the interventions those steps make, earliest first (at most the last one open).
 */
public record Escalation(List<PeriodLevel> periods, List<Episode> interventions) {

  public Escalation {
    periods = List.copyOf(periods);
    interventions = List.copyOf(interventions);
  }

  /** Every step in period order. */
  public List<Step> steps() {
    return periods.stream().flatMap(period -> period.step().stream()).toList();
  }

  public Optional<Episode> open() {
    return interventions.stream().filter(Episode::isOpen).findFirst();
  }
}
