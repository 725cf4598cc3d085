package org.goldenthread.framework.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds loops of "contributes to" links among the rows of an import file: items that, link by link,
 * contribute to themselves. (Recorded items cannot close a loop, as none yet contributes to an item
 * in the file.)
 */
final class ImportLoops {

  private final Map<String, Set<String>> parents;

  /** {@code parents}: each row's code, to the codes of the rows in the file it contributes to. */
  ImportLoops(Map<String, Set<String>> parents) {
    this.parents = parents;
  }

  /** Each code on a loop, to the loop from it back round to it (for example O1, O2, O1). */
  Map<String, List<String>> find() {
    Map<String, List<String>> loops = new LinkedHashMap<>();
    for (String code : candidates()) {
      List<String> loop = shortestWayBack(code);
      if (loop != null) {
        loops.put(code, loop);
      }
    }
    return loops;
  }

  /**
   * The codes that may lie on a loop: repeatedly setting aside rows that contribute to no row left
   * leaves only rows on a loop or leading into one, usually none.
   */
  private List<String> candidates() {
    Map<String, Integer> outgoing = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    parents.forEach(
        (code, ups) -> {
          long inFile = ups.stream().filter(parents::containsKey).count();
          outgoing.put(code, (int) inFile);
          ups.stream()
              .filter(parents::containsKey)
              .forEach(up -> children.computeIfAbsent(up, k -> new ArrayList<>()).add(code));
        });
    Deque<String> done = new ArrayDeque<>();
    outgoing.forEach(
        (code, count) -> {
          if (count == 0) {
            done.add(code);
          }
        });
    while (!done.isEmpty()) {
      String code = done.pop();
      for (String child : children.getOrDefault(code, List.of())) {
        if (outgoing.merge(child, -1, Integer::sum) == 0) {
          done.add(child);
        }
      }
    }
    return parents.keySet().stream().filter(code -> outgoing.get(code) > 0).toList();
  }

  /** The shortest chain of links from {@code start} back to it, or null if there is none. */
  private List<String> shortestWayBack(String start) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> toVisit = new ArrayDeque<>();
    toVisit.add(start);
    while (!toVisit.isEmpty()) {
      String code = toVisit.poll();
      for (String up : parents.getOrDefault(code, Set.of())) {
        if (!parents.containsKey(up)) {
          continue;
        }
        if (up.equals(start)) {
          List<String> loop = new ArrayList<>();
          loop.add(start);
          for (String at = code; !at.equals(start); at = cameFrom.get(at)) {
            loop.add(at);
          }
          loop.add(start);
          Collections.reverse(loop);
          return loop;
        }
        if (!cameFrom.containsKey(up)) {
          cameFrom.put(up, code);
          toVisit.add(up);
        }
      }
    }
    return null;
  }
}
