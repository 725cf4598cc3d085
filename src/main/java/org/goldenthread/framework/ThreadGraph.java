package org.goldenthread.framework;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden thread as a graph: items and the "contributes to" links between them. Answers what
 * lies above and below an item and where the thread has gaps. Plain Java, built from a snapshot of
 * the items, so the rules can be tested directly.
 */
public final class ThreadGraph {

  /** An item as the graph sees it. */
  public record Node(long id, String code, String title, ItemType type, Long planId, int order) {}

  /** An item contributes to a parent. */
  public record Link(long itemId, long parentId) {}

  /** An item with the items above it (going up) or below it (going down). */
  public record Branch(Node node, List<Branch> branches) {

    public int size() {
      return 1 + branches.stream().mapToInt(Branch::size).sum();
    }
  }

  private static final Comparator<Node> READING_ORDER =
      Comparator.comparingInt((Node n) -> n.type().level())
          .thenComparingInt(Node::order)
          .thenComparing(Node::code);

  private final Map<Long, Node> nodes = new HashMap<>();
  private final Map<Long, List<Node>> parents = new HashMap<>();
  private final Map<Long, List<Node>> children = new HashMap<>();

  public ThreadGraph(Collection<Node> items, Collection<Link> links) {
    items.forEach(node -> nodes.put(node.id(), node));
    for (Link link : links) {
      Node item = nodes.get(link.itemId());
      Node parent = nodes.get(link.parentId());
      if (item != null && parent != null) {
        parents.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(parent);
        children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(item);
      }
    }
    parents.values().forEach(list -> list.sort(READING_ORDER));
    children.values().forEach(list -> list.sort(READING_ORDER));
  }

  public Node node(long id) {
    return nodes.get(id);
  }

  public List<Node> parentsOf(long id) {
    return parents.getOrDefault(id, List.of());
  }

  public List<Node> childrenOf(long id) {
    return children.getOrDefault(id, List.of());
  }

  /** The item and every chain of items it contributes to, up to the vision. */
  public Branch up(long id) {
    return branch(nodes.get(id), parents, new HashSet<>());
  }

  /** The item and everything that contributes to it, down to the lowest objectives. */
  public Branch down(long id) {
    return branch(nodes.get(id), children, new HashSet<>());
  }

  private static Branch branch(Node node, Map<Long, List<Node>> next, Set<Long> path) {
    path.add(node.id());
    List<Branch> branches = new ArrayList<>();
    for (Node other : next.getOrDefault(node.id(), List.of())) {
      // A loop cannot be saved, but a graph built from bad data must still terminate.
      if (!path.contains(other.id())) {
        branches.add(branch(other, next, path));
      }
    }
    path.remove(node.id());
    return new Branch(node, branches);
  }

  /** The whole thread from the top: each vision (or other item with nothing above it) downwards. */
  public List<Branch> fromTop() {
    return tops().stream().map(n -> down(n.id())).toList();
  }

  /** The items at the top of the thread: each vision, and any other item with nothing above it. */
  public List<Node> tops() {
    return nodes.values().stream()
        .filter(n -> n.type().inThread() && parentsOf(n.id()).isEmpty())
        .sorted(READING_ORDER)
        .toList();
  }

  /** Among these items, those with none of the others above them: the tops of a plan's thread. */
  public List<Node> topsWithin(Set<Long> ids) {
    return ids.stream()
        .map(nodes::get)
        .filter(n -> n != null && n.type().inThread())
        .filter(n -> parentsOf(n.id()).stream().noneMatch(p -> ids.contains(p.id())))
        .sorted(READING_ORDER)
        .toList();
  }

  /** Values: listed beside the thread, not part of it. */
  public List<Node> values() {
    return nodes.values().stream()
        .filter(n -> n.type() == ItemType.VALUE)
        .sorted(READING_ORDER)
        .toList();
  }

  /** Everything that contributes to the item, however indirectly. */
  public Set<Long> beneath(long id) {
    Set<Long> found = new LinkedHashSet<>();
    Deque<Node> toVisit = new ArrayDeque<>(childrenOf(id));
    while (!toVisit.isEmpty()) {
      Node next = toVisit.pop();
      if (found.add(next.id())) {
        toVisit.addAll(childrenOf(next.id()));
      }
    }
    return found;
  }

  /** Items that should contribute to something above them but contribute to nothing. */
  public List<Node> contributingToNothing() {
    return nodes.values().stream()
        .filter(n -> n.type().needsParent() && parentsOf(n.id()).isEmpty())
        .sorted(READING_ORDER)
        .toList();
  }

  /** Priorities that nothing contributes to: no objective or outcome delivers them. */
  public List<Node> prioritiesWithNothingBeneath() {
    return priorities().stream().filter(p -> childrenOf(p.id()).isEmpty()).toList();
  }

  /**
   * Priorities where neither the priority nor anything beneath it is among {@code delivered}: the
   * items that an indicator measures or an action delivers.
   */
  public List<Node> prioritiesNotDelivered(Set<Long> delivered) {
    return priorities().stream()
        .filter(p -> !delivered.contains(p.id()))
        .filter(p -> beneath(p.id()).stream().noneMatch(delivered::contains))
        .toList();
  }

  private List<Node> priorities() {
    return nodes.values().stream()
        .filter(n -> n.type() == ItemType.PRIORITY)
        .sorted(READING_ORDER)
        .toList();
  }
}
