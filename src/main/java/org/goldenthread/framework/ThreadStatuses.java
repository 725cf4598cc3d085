package org.goldenthread.framework;

import java.util.List;

/**
 * Something whose status rolls up the golden thread: indicators measure items, actions deliver
 * them. Capabilities that link to the thread provide one, and the thread shows beneath each item
 * how many of each status there are.
 */
public interface ThreadStatuses {

  /** Every record's status and the items it is linked to, read at once. */
  Reading read();

  /** A status as the roll-up shows it: a word, a symbol and the GOV.UK tag colour repeating it. */
  record Mark(String label, String symbol, String colour) {}

  /** One record linked to one item, with the index of its status in {@link Reading#marks()}. */
  record Linked(long recordId, long itemId, int mark) {}

  /**
   * What was read: what the records are ("indicators"), where a list of those beneath an item is
   * ({@code listPath?itemId=}), what the statuses are of ("in 2026/27 Q2"), the statuses in the
   * order shown (worst first), and the links.
   */
  record Reading(
      String kind, String listPath, String basis, List<Mark> marks, List<Linked> linked) {}
}
