package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.intervention.Series.levels;
import static org.goldenthread.intervention.Series.quarters;
import static org.goldenthread.intervention.Series.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule the performance team sets to fire also on a concerning signal (the period's point is a
 * concerning special cause on its XmR chart). Series letters: G A R M D, * marks a signal.
 */
class SignalLadderTest {

  /** SPEC §8's ladder with its Remedial plan rung firing on a concerning signal too. */
  private static Ladder planOnSignal() {
    List<Rule> rules = new ArrayList<>(Ladder.standard().rules());
    Rule plan = rules.get(1);
    rules.set(
        1,
        new Rule(
            plan.level(), plan.name(), plan.trigger().withSignal(true), plan.actors(), plan.due()));
    return new Ladder(rules);
  }

  @ParameterizedTest(name = "{0} gives the same on the default ladder as without signals")
  @CsvSource({
    "G* G* G*",
    "A* R* G*",
    "R R* G* R",
    "A A* A* G",
    "D* A* D* G*",
    "M R* R R* R* G*",
  })
  void theDefaultLadderIgnoresSignals(String letters) {
    Escalation withSignals = Ladder.standard().evaluate(quarters(letters));
    Escalation without = Ladder.standard().evaluate(quarters(letters.replace("*", "")));
    assertThat(withSignals).isEqualTo(without);
    assertThat(Ladder.standard().readsSignals()).isFalse();
  }

  @ParameterizedTest(name = "{0} gives levels {1} and steps {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A signal alone, on a Green period, opens at the signal rule's level.
        "G* | 2 | OPENED 2",
        "G G* | 0 2 | -, OPENED 2",
        // Green with a signal holds instead of closing; a plain Green closes.
        "R G* G | 2 2 0 | OPENED 2, HELD 2, CLOSED 2",
        // Amber with a signal is lifted to the signal rule's level.
        "A* | 2 | OPENED 2",
        "A A* | 1 2 | OPENED 1, RAISED 2",
        // Red runs still climb above the signal rule's level.
        "R R* R* | 2 3 4 | OPENED 2, RAISED 3, RAISED 4",
        // A Green period with a signal still ends the Red run.
        "R R G* R | 2 3 2 2 | OPENED 2, RAISED 3, HELD 3, HELD 3",
        // Data only never triggers, signal or not; a missing return has no point.
        "D* | 0 | -",
        "R D* G | 2 0 0 | OPENED 2, -, CLOSED 2",
      })
  void aSignalRuleFiresOnAConcerningPointWhateverItsColour(
      String letters, String levels, String steps) {
    Escalation escalation = planOnSignal().evaluate(quarters(letters));
    assertThat(levels(escalation))
        .containsExactlyElementsOf(
            Arrays.stream(levels.trim().split(" ")).map(Integer::valueOf).toList());
    assertThat(steps(escalation)).containsExactly(steps.trim().split(", "));
  }

  @Test
  void theReasonNamesTheSignal() {
    Escalation escalation = planOnSignal().evaluate(quarters("R G* A*"));
    assertThat(escalation.steps())
        .extracting(Step::reason)
        .containsExactly(
            "Remedial plan (level 2): Red in 2026/27 Q1",
            "Held at Remedial plan (level 2): Green in 2026/27 Q2, but its point is a concerning"
                + " special cause on the XmR chart",
            "Held at Remedial plan (level 2): Amber in 2026/27 Q3, and its point is a concerning"
                + " special cause on the XmR chart");
  }

  @Test
  void aTriggerMayFireOnASignalAlone() {
    Trigger signalOnly = new Trigger(0, 0, true);
    assertThat(signalOnly.firesOn(5, 5, false)).isFalse();
    assertThat(signalOnly.firesOn(0, 0, true)).isTrue();
    assertThat(signalOnly.describe())
        .isEqualTo("the period's point is a concerning special cause on its XmR chart");
    assertThat(Trigger.red(2).withSignal(true).describe())
        .isEqualTo(
            "Red for 2 periods running, or the period's point is a concerning special cause on"
                + " its XmR chart");
    assertThat(Trigger.red(2).firesOn(0, 0, true)).isFalse();
    assertThatThrownBy(() -> new Trigger(0, 0, false)).isInstanceOf(IllegalArgumentException.class);
    Ladder ladder =
        new Ladder(List.of(new Rule(3, "Review", signalOnly, List.of(Role.DIRECTOR), Due.none())));
    assertThat(ladder.readsSignals()).isTrue();
    assertThat(steps(ladder.evaluate(quarters("R R G* R G"))))
        .containsExactly("-", "-", "OPENED 3", "HELD 3", "CLOSED 3");
  }
}
