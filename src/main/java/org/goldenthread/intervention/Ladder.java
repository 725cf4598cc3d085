package org.goldenthread.intervention;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The intervention ladder the performance team keeps (SPEC §8): rules at distinct levels 1–5, each
 * with its trigger, who must act and by when. A council may keep fewer rungs or other counts; the
 * level a period gives is the highest whose trigger fires, none when no trigger fires.
 */
public record Ladder(List<Rule> rules) {

  public Ladder {
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("A ladder has at least one level");
    }
    Set<Integer> levels = new HashSet<>();
    for (Rule rule : rules) {
      if (!levels.add(rule.level())) {
        throw new IllegalArgumentException("The ladder has level " + rule.level() + " twice");
      }
    }
    rules = rules.stream().sorted(Comparator.comparingInt(Rule::level)).toList();
  }

  /**
   * SPEC §8's default: Watch on Amber (the accountable manager is told, nothing is owed); Remedial
   * plan on Red or Amber for the second period running (the responsible officer proposes, the
   * accountable person agrees or rejects, within 10 working days); Director review on Red for 2
   * periods running (within 10 working days); Performance clinic on Red for 3 (the officer board's
   * next clinic); Member referral on Red for 4 (the portfolio holder and the scrutiny committee).
   */
  public static Ladder standard() {
    return new Ladder(
        List.of(
            new Rule(
                1, "Watch", Trigger.amberOrWorse(1), List.of(Role.ACCOUNTABLE_PERSON), Due.none()),
            new Rule(
                2,
                "Remedial plan",
                new Trigger(1, 2),
                List.of(Role.RESPONSIBLE_OFFICER, Role.ACCOUNTABLE_PERSON),
                Due.workingDays(10)),
            new Rule(
                3, "Director review", Trigger.red(2), List.of(Role.DIRECTOR), Due.workingDays(10)),
            new Rule(
                4,
                "Performance clinic",
                Trigger.red(3),
                List.of(Role.OFFICER_BOARD),
                Due.nextClinic()),
            new Rule(
                5,
                "Member referral",
                Trigger.red(4),
                List.of(Role.PORTFOLIO_HOLDER, Role.SCRUTINY_COMMITTEE),
                Due.none())));
  }

  /** Whether any rule fires on a concerning signal (else the XmR charts need not be drawn). */
  public boolean readsSignals() {
    return rules.stream().anyMatch(rule -> rule.trigger().onSignal());
  }

  public Optional<Rule> rule(int level) {
    return rules.stream().filter(rule -> rule.level() == level).findFirst();
  }

  /**
   * The highest rule whose trigger fires on runs of these lengths ending with the period judged.
   */
  Optional<Rule> highestFiring(int redRun, int amberOrWorseRun) {
    return highestFiring(redRun, amberOrWorseRun, false);
  }

  /** As above, the period's point being (or not) a concerning special cause on its XmR chart. */
  Optional<Rule> highestFiring(int redRun, int amberOrWorseRun, boolean concerningSignal) {
    Rule highest = null;
    for (Rule rule : rules) {
      if (rule.trigger().firesOn(redRun, amberOrWorseRun, concerningSignal)) {
        highest = rule;
      }
    }
    return Optional.ofNullable(highest);
  }

  /**
   * Evaluates an indicator's (or an action's) periods, given in period order, each once, on this
   * ladder: each evaluated period's level and step, and the interventions they make. A run is of
   * back-to-back evaluated periods: a period not yet evaluated, a gap, Green or Data only ends it;
   * Red then Amber counts as Amber for the second period running; Data only takes no step and
   * leaves an open intervention open. A rule that fires on a concerning signal fires on a period
   * whose point is one, Green included: that Green period opens or holds at the rule's level
   * instead of closing.
   */
  public Escalation evaluate(List<PeriodOutcome> periods) {
    return new Evaluator(this).evaluate(periods);
  }
}
