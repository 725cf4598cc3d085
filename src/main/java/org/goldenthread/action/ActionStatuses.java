package org.goldenthread.action;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.framework.ThreadStatuses;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the golden thread each action's latest BRAG status (or that it has not been assessed) and
 * the item it delivers: read once for the whole thread.
 */
@Component
@Order(2)
class ActionStatuses implements ThreadStatuses {

  /** Worst first, as the roll-up reads; completed actions after those still running. */
  private static final List<Brag> ORDER = List.of(Brag.RED, Brag.AMBER, Brag.GREEN, Brag.BLUE);

  private static final Mark NOT_ASSESSED = new Mark("Not assessed", "?", "grey");

  private final ActionRepository actions;

  ActionStatuses(ActionRepository actions) {
    this.actions = actions;
  }

  @Override
  @Transactional(readOnly = true)
  public Reading read() {
    List<Linked> linked = new ArrayList<>();
    for (Object[] row : actions.findStatusesByItem()) {
      Brag status = (Brag) row[2];
      int mark = status == null ? ORDER.size() : ORDER.indexOf(status);
      linked.add(new Linked((Long) row[0], (Long) row[1], mark));
    }
    List<Mark> marks = new ArrayList<>();
    ORDER.forEach(b -> marks.add(new Mark(label(b), b.symbol(), b.colour())));
    marks.add(NOT_ASSESSED);
    return new Reading("actions", "/actions", "latest update", marks, linked);
  }

  private static String label(Brag brag) {
    return brag == Brag.BLUE ? "Blue (completed)" : brag.label();
  }
}
