package org.goldenthread.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/** The words of a step's reason: which run set the level off, naming its periods. */
final class Reasons {

  private Reasons() {}

  static String closed(Period period) {
    return "Returned to Green in " + period.label();
  }

  /**
   * The run behind the level: the Red run when the rule fired on it, else the Amber-or-worse run;
   * with no rule firing, the period's own outcome.
   */
  static String why(
      Optional<Rule> rule,
      List<PeriodOutcome> redRun,
      List<PeriodOutcome> amberRun,
      PeriodOutcome current) {
    if (rule.isEmpty()) {
      return running(List.of(current));
    }
    Trigger trigger = rule.get().trigger();
    if (trigger.firesOnRed(redRun.size())) {
      return running(redRun);
    }
    if (trigger.firesOnAmber(amberRun.size()) || !current.concerningSignal()) {
      return running(amberRun);
    }
    return signal(current);
  }

  /** A rule that fired on the period's point being a concerning special cause. */
  private static String signal(PeriodOutcome current) {
    String colour = current.outcome() == Outcome.GREEN ? "Green" : colour(List.of(current));
    return colour
        + " in "
        + current.period().label()
        + (current.outcome() == Outcome.GREEN ? ", but its" : ", and its")
        + " point is a concerning special cause on the XmR chart";
  }

  private static String running(List<PeriodOutcome> run) {
    String colour = colour(run);
    List<Period> periods = run.stream().map(PeriodOutcome::period).toList();
    boolean missing = run.stream().anyMatch(period -> period.outcome() == Outcome.MISSING);
    String note = missing ? " (a missing return counts as Red)" : "";
    if (run.size() == 1) {
      return colour + " in " + labels(periods) + note;
    }
    return colour + " for " + run.size() + " periods running: " + labels(periods) + note;
  }

  private static String colour(List<PeriodOutcome> run) {
    boolean amber = run.stream().anyMatch(period -> period.outcome() == Outcome.AMBER);
    boolean red = run.stream().anyMatch(period -> period.outcome() == Outcome.RED);
    boolean missing = run.stream().anyMatch(period -> period.outcome() == Outcome.MISSING);
    if (amber) {
      return red || missing ? "Amber or worse" : "Amber";
    }
    if (red) {
      return missing ? "Red or no return" : "Red";
    }
    return "No return by the deadline";
  }

  /** "2026/27 Q1 and Q2", "2026/27 Q4 and 2027/28 Q1": the year is not repeated within a year. */
  static String labels(List<Period> periods) {
    List<String> shown = new ArrayList<>();
    Period before = null;
    for (Period period : periods) {
      String label = period.label();
      if (before != null
          && before.year() == period.year()
          && period.type() != PeriodType.FINANCIAL_YEAR) {
        label = label.substring(period.financialYear().label().length() + 1);
      }
      shown.add(label);
      before = period;
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1))
        + " and "
        + shown.get(shown.size() - 1);
  }
}
