package org.goldenthread.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.framework.ThreadStatuses;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the golden thread each active indicator's status in the last quarter, the scorecard's first
 * view, and which items it measures: read once for the whole thread.
 */
@Component
@Order(1)
class IndicatorStatuses implements ThreadStatuses {

  /** Worst first, as the roll-up reads. */
  private static final List<Status> ORDER =
      List.of(Status.RED, Status.AMBER, Status.GREEN, Status.NO_DATA, Status.DATA_ONLY);

  private final Scorecard scorecard;
  private final IndicatorRepository indicators;
  private final Clock clock;

  IndicatorStatuses(Scorecard scorecard, IndicatorRepository indicators, Clock clock) {
    this.scorecard = scorecard;
    this.indicators = indicators;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Reading read() {
    Period lastQuarter = Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
    Map<Long, Status> status = new HashMap<>();
    scorecard
        .card(lastQuarter, Scorecard.Filter.NONE)
        .lines()
        .forEach(line -> status.put(line.indicator().getId(), line.result().status()));
    List<Linked> linked = new ArrayList<>();
    for (Object[] row : indicators.findMeasuredItems()) {
      Status s = status.get((Long) row[0]);
      if (s != null) {
        linked.add(new Linked((Long) row[0], (Long) row[1], ORDER.indexOf(s)));
      }
    }
    return new Reading(
        "indicators",
        "/indicators",
        lastQuarter.label(),
        ORDER.stream().map(s -> new Mark(s.label(), s.symbol(), s.colour())).toList(),
        linked);
  }
}
