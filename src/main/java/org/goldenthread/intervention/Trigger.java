package org.goldenthread.intervention;

/**
 * What sets off a rule, as counts a council can change: at least {@code redPeriods} consecutive
 * periods Red (a missing return counts as Red), or at least {@code amberOrWorsePeriods} consecutive
 * periods Amber or Red, or (with {@code onSignal}, a rule the performance team adds; SPEC §8's
 * default has none) a period whose point on the XmR chart is a concerning special cause (SPEC §4a).
 * Zero leaves that half unused; at least one of the three is used. SPEC §8's "Amber for the second
 * period running" is {@code amberOrWorsePeriods = 2}: Red then Amber is below target for a second
 * period running, so it counts.
 */
public record Trigger(int redPeriods, int amberOrWorsePeriods, boolean onSignal) {

  public Trigger {
    if (redPeriods < 0
        || amberOrWorsePeriods < 0
        || (redPeriods + amberOrWorsePeriods == 0 && !onSignal)) {
      throw new IllegalArgumentException(
          "A trigger counts at least 1 period Red, or at least 1 period Amber or worse, or fires"
              + " on a concerning signal");
    }
  }

  /** A trigger on runs of periods only, as SPEC §8's default ladder has. */
  public Trigger(int redPeriods, int amberOrWorsePeriods) {
    this(redPeriods, amberOrWorsePeriods, false);
  }

  /** The same counts, also firing (or not) on a concerning signal. */
  public Trigger withSignal(boolean signal) {
    return new Trigger(redPeriods, amberOrWorsePeriods, signal);
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

  /**
   * Whether runs of this length, or the period's point being a concerning special cause, set the
   * rule off.
   */
  boolean firesOn(int redRun, int amberOrWorseRun, boolean concerningSignal) {
    return firesOn(redRun, amberOrWorseRun) || (onSignal && concerningSignal);
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
    String runs = red == null ? amber : amber == null ? red : red + ", or " + amber;
    if (!onSignal) {
      return runs;
    }
    String signal = "the period's point is a concerning special cause on its XmR chart";
    return runs == null ? signal : runs + ", or " + signal;
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
