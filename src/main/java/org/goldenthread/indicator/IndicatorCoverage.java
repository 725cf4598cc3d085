package org.goldenthread.indicator;

import java.util.HashSet;
import java.util.Set;
import org.goldenthread.framework.ThreadCoverage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the gap check which framework items an indicator measures. */
@Component
class IndicatorCoverage implements ThreadCoverage {

  private final IndicatorRepository indicators;

  IndicatorCoverage(IndicatorRepository indicators) {
    this.indicators = indicators;
  }

  @Override
  public String description() {
    return "measured by an indicator";
  }

  @Override
  @Transactional(readOnly = true)
  public Set<Long> coveredItemIds() {
    Set<Long> items = new HashSet<>();
    indicators.findMeasuredItems().forEach(row -> items.add((Long) row[1]));
    return items;
  }
}
