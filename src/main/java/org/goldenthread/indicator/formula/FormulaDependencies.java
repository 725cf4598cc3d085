package org.goldenthread.indicator.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How calculated indicators depend on each other: whether any depends on itself, the order to
 * calculate them in, and which to recalculate when a value changes. Codes are normalised as in
 * {@link Formula#normalise}; ties are broken alphabetically so answers are repeatable. Walks are
 * iterative, so long chains of indicators cannot overflow the stack.
 */
public final class FormulaDependencies {

  /** Each calculated indicator to the calculated indicators its formula uses. */
  private final Map<String, Set<String>> inputs = new TreeMap<>();

  /** Each code used in a formula to the calculated indicators whose formulas use it directly. */
  private final Map<String, Set<String>> users = new TreeMap<>();

  /** {@code calculated}: the formula of each calculated indicator, by its code. */
  public FormulaDependencies(Map<String, Formula> calculated) {
    calculated.forEach(
        (code, formula) -> {
          if (inputs.put(Formula.normalise(code), new TreeSet<>()) != null) {
            throw new IllegalArgumentException("The code " + code + " is given twice.");
          }
        });
    calculated.forEach(
        (code, formula) -> {
          String user = Formula.normalise(code);
          for (String input : formula.references()) {
            if (inputs.containsKey(input)) {
              inputs.get(user).add(input);
            }
            users.computeIfAbsent(input, k -> new TreeSet<>()).add(user);
          }
        });
  }

  /**
   * A calculated indicator that depends on itself, as the chain from it back to it: {@code [A, A]}
   * for a formula using its own code, {@code [A, B, A]} when A uses B and B uses A.
   */
  public Optional<List<String>> findCycle() {
    Set<String> finished = new TreeSet<>();
    for (String start : inputs.keySet()) {
      if (finished.contains(start)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      Set<String> onPath = new LinkedHashSet<>();
      Deque<Iterator<String>> pending = new ArrayDeque<>();
      path.add(start);
      onPath.add(start);
      pending.push(inputs.get(start).iterator());
      while (!pending.isEmpty()) {
        Iterator<String> next = pending.peek();
        if (!next.hasNext()) {
          pending.pop();
          String done = path.remove(path.size() - 1);
          onPath.remove(done);
          finished.add(done);
          continue;
        }
        String input = next.next();
        if (onPath.contains(input)) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(input), path.size()));
          cycle.add(input);
          return Optional.of(List.copyOf(cycle));
        }
        if (!finished.contains(input)) {
          path.add(input);
          onPath.add(input);
          pending.push(inputs.get(input).iterator());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The calculated indicators in an order where each comes after the calculated indicators it uses.
   * Throws {@link IllegalStateException} if one depends on itself (check {@link #findCycle()}
   * first).
   */
  public List<String> evaluationOrder() {
    Map<String, Integer> waitingOn = new TreeMap<>();
    inputs.forEach((code, uses) -> waitingOn.put(code, uses.size()));
    TreeSet<String> ready = new TreeSet<>();
    waitingOn.forEach(
        (code, count) -> {
          if (count == 0) {
            ready.add(code);
          }
        });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String code = ready.pollFirst();
      order.add(code);
      for (String user : users.getOrDefault(code, Set.of())) {
        if (waitingOn.merge(user, -1, Integer::sum) == 0) {
          ready.add(user);
        }
      }
    }
    if (order.size() < inputs.size()) {
      throw new IllegalStateException(describeCycle(findCycle().orElseThrow()));
    }
    return List.copyOf(order);
  }

  /**
   * The calculated indicators to recalculate when {@code code}'s value changes: those using it,
   * those using them, and so on. Listed in evaluation order when nothing depends on itself.
   */
  public Set<String> dependentsOf(String code) {
    Set<String> reached = new TreeSet<>();
    Deque<String> toVisit = new ArrayDeque<>();
    toVisit.add(Formula.normalise(code));
    while (!toVisit.isEmpty()) {
      for (String user : users.getOrDefault(toVisit.poll(), Set.of())) {
        if (reached.add(user)) {
          toVisit.add(user);
        }
      }
    }
    if (findCycle().isPresent()) {
      return Collections.unmodifiableSet(reached);
    }
    Set<String> ordered = new LinkedHashSet<>();
    evaluationOrder().stream().filter(reached::contains).forEach(ordered::add);
    return Collections.unmodifiableSet(ordered);
  }

  /**
   * A cycle from {@link #findCycle()} as a sentence for an officer: "RB-03 depends on itself
   * through RB-04."
   */
  public static String describeCycle(List<String> cycle) {
    List<String> between = cycle.subList(1, cycle.size() - 1);
    if (between.isEmpty()) {
      return cycle.get(0) + " depends on itself.";
    }
    String through =
        between.size() == 1
            ? between.get(0)
            : String.join(", ", between.subList(0, between.size() - 1))
                + " and "
                + between.get(between.size() - 1);
    return cycle.get(0) + " depends on itself through " + through + ".";
  }
}
