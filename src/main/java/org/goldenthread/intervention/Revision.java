package org.goldenthread.intervention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.goldenthread.period.Period;

/**
 * What re-evaluating an indicator changed (SPEC §8: a value corrected after its period was
 * evaluated re-evaluates that period and those after it, and the intervention's record says what
 * changed). Each period takes at most one step, so steps are matched by period: a step only before
 * is removed, only after is added, and one whose change, level or reason differs is changed.
 */
public record Revision(List<Step> added, List<Step> removed, List<Changed> changed) {

  /** A period whose step differs: what it was and what it is now. */
  public record Changed(Step before, Step after) {}

  public Revision {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** Evaluates the new outcomes on the ladder and compares their steps with the old ones. */
  public static Revision of(Ladder ladder, List<Step> oldSteps, List<PeriodOutcome> newOutcomes) {
    return between(oldSteps, ladder.evaluate(newOutcomes).steps());
  }

  public static Revision between(List<Step> before, List<Step> after) {
    Map<Period, Step> old = byPeriod(before);
    Map<Period, Step> now = byPeriod(after);
    List<Step> added = new ArrayList<>();
    List<Step> removed = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    for (Step step : now.values()) {
      Step was = old.get(step.period());
      if (was == null) {
        added.add(step);
      } else if (!was.equals(step)) {
        changed.add(new Changed(was, step));
      }
    }
    for (Step step : old.values()) {
      if (!now.containsKey(step.period())) {
        removed.add(step);
      }
    }
    return new Revision(added, removed, changed);
  }

  private static Map<Period, Step> byPeriod(List<Step> steps) {
    Map<Period, Step> map = new LinkedHashMap<>();
    for (Step step : steps) {
      if (map.put(Objects.requireNonNull(step.period()), step) != null) {
        throw new IllegalArgumentException(step.period().label() + " has two steps");
      }
    }
    return map;
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /** One line per difference, in period order, for the intervention's record. */
  public List<String> describe() {
    Map<Period, String> lines = new TreeMap<>();
    removed.forEach(step -> lines.put(step.period(), "No longer: " + step.describe()));
    added.forEach(step -> lines.put(step.period(), "Now: " + step.describe()));
    changed.forEach(
        pair ->
            lines.put(
                pair.after().period(),
                "Was: " + pair.before().describe() + " Now: " + pair.after().describe()));
    return List.copyOf(lines.values());
  }
}
