package org.goldenthread.framework;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden thread laid out to be skimmed: each item once in full, under the first item it
 * contributes to in reading order, and under each other parent as a line pointing to the full one;
 * each with the statuses of everything measuring or delivering it or anything beneath it, each
 * record counted once however many ways it is reached. Plain Java: the graph and the statuses are
 * read before, and the roll-up is worked out in one pass over the graph.
 */
public final class ThreadOutline {

  /** How many records of one status. */
  public record Count(ThreadStatuses.Mark mark, int number) {}

  /** The roll-up of one kind of record beneath an item ("indicators"). */
  public record Tally(String kind, String listPath, String basis, List<Count> counts) {

    public int total() {
      return counts.stream().mapToInt(Count::number).sum();
    }
  }

  /**
   * An item's place in the outline. {@code fullUnder} is the parent under which it is shown in full
   * when this is a repeat (its entries then empty), or null; {@code alsoUnder} the other parents of
   * an item shown here in full.
   */
  public record Entry(
      ThreadGraph.Node node,
      int depth,
      List<Tally> tallies,
      ThreadGraph.Node fullUnder,
      List<ThreadGraph.Node> alsoUnder,
      List<Entry> entries) {

    public boolean repeat() {
      return fullUnder != null;
    }

    /** How many items are shown beneath this one, at every depth. */
    public int beneath() {
      return entries.stream().mapToInt(e -> 1 + e.beneath()).sum();
    }
  }

  private final ThreadGraph graph;
  private final List<ThreadStatuses.Reading> readings;

  /** Each record's place in the bit sets: its reading and its status. */
  private final List<int[]> records = new ArrayList<>();

  private final Map<Long, BitSet> direct = new HashMap<>();
  private final Map<Long, BitSet> rolledUp = new HashMap<>();

  /** The parent each item is shown in full under, once it has been. */
  private final Map<Long, ThreadGraph.Node> fullUnder = new HashMap<>();

  public ThreadOutline(ThreadGraph graph, List<ThreadStatuses.Reading> readings) {
    this.graph = graph;
    this.readings = readings;
    for (int r = 0; r < readings.size(); r++) {
      Map<Long, Integer> index = new HashMap<>();
      for (ThreadStatuses.Linked link : readings.get(r).linked()) {
        int reading = r;
        int bit =
            index.computeIfAbsent(
                link.recordId(),
                id -> {
                  records.add(new int[] {reading, link.mark()});
                  return records.size() - 1;
                });
        direct.computeIfAbsent(link.itemId(), k -> new BitSet()).set(bit);
      }
    }
  }

  /** The whole thread from each item with nothing above it, in reading order. */
  public List<Entry> fromTop() {
    Set<Long> shown = new HashSet<>();
    return graph.tops().stream()
        .map(top -> entry(top, null, 0, shown, new HashSet<>(), null))
        .toList();
  }

  /**
   * The thread of some items only, such as a plan's: from each of them with none of the others
   * above it, down through the others. The roll-up still counts everything beneath each item.
   */
  public List<Entry> within(Set<Long> ids) {
    Set<Long> shown = new HashSet<>();
    return graph.topsWithin(ids).stream()
        .map(top -> entry(top, null, 0, shown, new HashSet<>(), ids))
        .toList();
  }

  /** Values: listed beside the thread, not part of it. */
  public List<ThreadGraph.Node> values() {
    return graph.values();
  }

  /** The roll-up of one item: the statuses of everything linked to it or to anything beneath it. */
  public List<Tally> tallies(long itemId) {
    BitSet bits = rollUp(itemId, new HashSet<>());
    List<Tally> tallies = new ArrayList<>();
    for (int r = 0; r < readings.size(); r++) {
      ThreadStatuses.Reading reading = readings.get(r);
      int[] numbers = new int[reading.marks().size()];
      for (int bit = bits.nextSetBit(0); bit >= 0; bit = bits.nextSetBit(bit + 1)) {
        int[] record = records.get(bit);
        if (record[0] == r) {
          numbers[record[1]]++;
        }
      }
      List<Count> counts = new ArrayList<>();
      for (int m = 0; m < numbers.length; m++) {
        if (numbers[m] > 0) {
          counts.add(new Count(reading.marks().get(m), numbers[m]));
        }
      }
      tallies.add(new Tally(reading.kind(), reading.listPath(), reading.basis(), counts));
    }
    return tallies;
  }

  private Entry entry(
      ThreadGraph.Node node,
      ThreadGraph.Node parent,
      int depth,
      Set<Long> shown,
      Set<Long> path,
      Set<Long> scope) {
    List<Tally> tallies = tallies(node.id());
    if (!shown.add(node.id())) {
      ThreadGraph.Node full = fullUnder.get(node.id());
      return new Entry(node, depth, tallies, full == null ? parent : full, List.of(), List.of());
    }
    if (parent != null) {
      fullUnder.put(node.id(), parent);
    }
    path.add(node.id());
    List<Entry> entries = new ArrayList<>();
    for (ThreadGraph.Node child : graph.childrenOf(node.id())) {
      // A loop cannot be saved, but a graph built from bad data must still be drawn.
      if (!path.contains(child.id()) && (scope == null || scope.contains(child.id()))) {
        entries.add(entry(child, node, depth + 1, shown, path, scope));
      }
    }
    path.remove(node.id());
    List<ThreadGraph.Node> others =
        graph.parentsOf(node.id()).stream()
            .filter(p -> parent == null || p.id() != parent.id())
            .filter(p -> scope == null || scope.contains(p.id()))
            .toList();
    return new Entry(node, depth, tallies, null, others, entries);
  }

  /** Everything linked to the item or beneath it, each record once; each item worked out once. */
  private BitSet rollUp(long itemId, Set<Long> path) {
    BitSet known = rolledUp.get(itemId);
    if (known != null) {
      return known;
    }
    BitSet bits = (BitSet) direct.getOrDefault(itemId, new BitSet()).clone();
    path.add(itemId);
    for (ThreadGraph.Node child : graph.childrenOf(itemId)) {
      if (!path.contains(child.id())) {
        bits.or(rollUp(child.id(), path));
      }
    }
    path.remove(itemId);
    rolledUp.put(itemId, bits);
    return bits;
  }
}
