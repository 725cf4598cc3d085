package org.goldenthread.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.period.Period;

/**
 * SPEC §8's evaluation, exactly. Readings chosen where the SPEC is silent:
 *
 * <ul>
 *   <li>A run is of periods that follow one another with no day between them (a change of
 *       frequency, quarters then months, still runs on) and are each evaluated. A period not
 *       evaluated yet, or a gap in the periods given, ends the run: "periods running" are
 *       consecutive periods. When the period is evaluated later the caller evaluates again and
 *       {@link Revision} says what changed.
 *   <li>Red then Amber is "Amber for the second period running" (below target twice): level 2.
 *   <li>Data only is an evaluated period that is neither Amber nor Red: it ends both runs, gives
 *       level 0 and takes no step; an open intervention stays open at its level (only Green closes
 *       it).
 *   <li>Amber or Red that gives no level (a ladder without a rung for it) opens nothing but holds
 *       an open intervention.
 *   <li>A step's level is the intervention's level after it; a close carries the level closed at.
 *   <li>A rule that fires on a concerning signal (one the performance team adds; SPEC §8's default
 *       has none) fires on a period whose point is a concerning special cause, whatever its colour
 *       but Data only (which never triggers). On an Amber or Red period the level is the higher of
 *       the run's and the signal's. A Green period with such a signal does not close: it opens,
 *       raises or holds at the signal rule's level like Amber would, and still ends the Red and
 *       Amber runs. Without a signal rule a signal changes nothing.
 * </ul>
 */
final class Evaluator {

  private final Ladder ladder;

  Evaluator(Ladder ladder) {
    this.ladder = ladder;
  }

  Escalation evaluate(List<PeriodOutcome> periods) {
    List<PeriodOutcome> redRun = new ArrayList<>();
    List<PeriodOutcome> amberRun = new ArrayList<>();
    List<PeriodLevel> levels = new ArrayList<>();
    List<Episode> interventions = new ArrayList<>();
    List<Step> openSteps = new ArrayList<>();
    int openLevel = 0;
    Period previous = null;
    for (PeriodOutcome current : periods) {
      Period period = current.period();
      if (previous != null && !period.start().isAfter(previous.end())) {
        throw new IllegalArgumentException(
            "Give the periods in order, each once: "
                + period.label()
                + " follows "
                + previous.label());
      }
      if (previous == null || !previous.end().plusDays(1).equals(period.start())) {
        redRun.clear();
        amberRun.clear();
      }
      previous = period;
      if (!current.evaluated()) {
        redRun.clear();
        amberRun.clear();
        continue;
      }
      Outcome outcome = current.outcome();
      extend(amberRun, current, outcome.amberOrWorse());
      extend(redRun, current, outcome.countsAsRed());
      boolean signal = current.concerningSignal() && outcome != Outcome.DATA_ONLY;
      Optional<Rule> rule = ladder.highestFiring(redRun.size(), amberRun.size(), signal);
      int level = rule.map(Rule::level).orElse(0);
      boolean signalled = outcome == Outcome.GREEN && level > 0;
      Step step = null;
      if (outcome == Outcome.GREEN && openLevel > 0 && !signalled) {
        step = new Step(period, Change.CLOSED, openLevel, Reasons.closed(period));
        openSteps.add(step);
        interventions.add(intervention(openLevel, openSteps, period));
        openSteps.clear();
        openLevel = 0;
      } else if ((outcome.amberOrWorse() || signalled) && (openLevel > 0 || level > 0)) {
        String why = Reasons.why(rule, redRun, amberRun, current);
        if (openLevel == 0) {
          step = new Step(period, Change.OPENED, level, title(level) + ": " + why);
          openLevel = level;
        } else if (level > openLevel) {
          step =
              new Step(
                  period,
                  Change.RAISED,
                  level,
                  "Raised from " + title(openLevel) + " to " + title(level) + ": " + why);
          openLevel = level;
        } else {
          String lowered = level < openLevel ? ", lowered only by a return to Green" : "";
          step =
              new Step(
                  period,
                  Change.HELD,
                  openLevel,
                  "Held at " + title(openLevel) + lowered + ": " + why);
        }
        openSteps.add(step);
      }
      levels.add(new PeriodLevel(period, outcome, level, Optional.ofNullable(step)));
    }
    if (openLevel > 0) {
      interventions.add(intervention(openLevel, openSteps, null));
    }
    return new Escalation(levels, interventions);
  }

  private static void extend(List<PeriodOutcome> run, PeriodOutcome current, boolean counts) {
    if (counts) {
      run.add(current);
    } else {
      run.clear();
    }
  }

  private String title(int level) {
    return ladder.rule(level).map(Rule::title).orElse("level " + level);
  }

  private static Episode intervention(int level, List<Step> steps, Period closed) {
    return new Episode(
        level,
        closed == null ? InterventionState.OPEN : InterventionState.CLOSED,
        steps.get(0).period(),
        closed,
        steps);
  }
}
