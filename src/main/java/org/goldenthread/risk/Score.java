package org.goldenthread.risk;

import org.goldenthread.shared.RuleViolationException;

/**
 * A likelihood and an impact, each 1 to 5, and the score they give: likelihood × impact (SPEC §6).
 * A risk holds three: inherent (before controls), current (with today's controls) and target.
 */
public record Score(int likelihood, int impact) {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  public Score {
    if (!inRange(likelihood) || !inRange(impact)) {
      throw new IllegalArgumentException(
          "Likelihood and impact are each 1 to 5, not " + likelihood + " and " + impact);
    }
  }

  /**
   * The score, refusing with a message on {@code field} (its likelihood or impact) when out of
   * range.
   */
  public static Score of(Integer likelihood, Integer impact, String field) {
    if (likelihood == null || !inRange(likelihood)) {
      throw new RuleViolationException(
          field + "Likelihood", "Choose a likelihood from 1 (rare) to 5 (almost certain)");
    }
    if (impact == null || !inRange(impact)) {
      throw new RuleViolationException(
          field + "Impact", "Choose an impact from 1 (negligible) to 5 (severe)");
    }
    return new Score(likelihood, impact);
  }

  public static boolean inRange(int level) {
    return level >= LOWEST && level <= HIGHEST;
  }

  public int value() {
    return likelihood * impact;
  }

  /** As risk officers write it: "L4 × I3 = 12". */
  public String describe() {
    return "L" + likelihood + " × I" + impact + " = " + value();
  }
}
