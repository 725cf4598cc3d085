package org.goldenthread.intervention;

/**
 * What sets off a rule, as counts a council can change: at least {@code redPeriods} consecutive
 * periods Red (a missing return counts as Red), or at least {@code amberOrWorsePeriods} consecutive
 * periods Amber or Red. Zero leaves that half unused; at least one half is used. SPEC §8's "Amber
 * for the second period running" is {@code amberOrWorsePeriods = 2}: Red then Amber is below target
 * for a second period running, so it counts.
 */
public record Trigger(int redPeriods, int amberOrWorsePeriods) {

  public Trigger {
    if (redPeriods < 0 || amberOrWorsePeriods < 0 || redPeriods + amberOrWorsePeriods == 0) {
      throw new IllegalArgumentException(
          "A trigger counts at least 1 period Red, or at least 1 period Amber or worse");
    }
  }

  public static Trigger red(int periods) {
    return new Trigger(periods, 0);
  }

  public static Trigger amberOrWorse(int periods) {
    return new Trigger(0, periods);
  }

  /** Whether runs of this length, ending with the period judged, set the rule off. */
  boolean firesOn(int redRun, int amberOrWorseRun) {
    return firesOnRed(redRun) || firesOnAmber(amberOrWorseRun);
  }

  boolean firesOnRed(int redRun) {
    return redPeriods > 0 && redRun >= redPeriods;
  }

  boolean firesOnAmber(int amberOrWorseRun) {
    return amberOrWorsePeriods > 0 && amberOrWorseRun >= amberOrWorsePeriods;
  }

  public String describe() {
    String red = redPeriods == 0 ? null : running("Red", redPeriods);
    String amber = amberOrWorsePeriods == 0 ? null : running("Amber", amberOrWorsePeriods);
    if (red == null) {
      return amber;
    }
    return amber == null ? red : red + ", or " + amber;
  }

  private static String running(String colour, int periods) {
    if (periods == 1) {
      return "the period is " + colour + (colour.equals("Amber") ? " or worse" : "");
    }
    return colour
        + (colour.equals("Amber") ? " or worse" : "")
        + " for "
        + periods
        + " periods running";
  }
}
