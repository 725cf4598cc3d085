package org.goldenthread.action;

import java.util.HashSet;
import java.util.Set;
import org.goldenthread.framework.ThreadCoverage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the gap check which framework items an action delivers. */
@Component
class ActionCoverage implements ThreadCoverage {

  private final ActionRepository actions;

  ActionCoverage(ActionRepository actions) {
    this.actions = actions;
  }

  @Override
  public String description() {
    return "acted on by an action";
  }

  @Override
  @Transactional(readOnly = true)
  public Set<Long> coveredItemIds() {
    return new HashSet<>(actions.findDeliveredItemIds());
  }
}
