package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.goldenthread.intervention.Series.levels;
import static org.goldenthread.intervention.Series.quarters;
import static org.goldenthread.intervention.Series.steps;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LadderEvaluationTest {

  private static final Ladder STANDARD = Ladder.standard();

  private static Escalation evaluate(String letters) {
    return STANDARD.evaluate(quarters(letters));
  }

  @Test
  void noPeriodsGiveNoIntervention() {
    Escalation escalation = STANDARD.evaluate(List.of());
    assertThat(escalation.periods()).isEmpty();
    assertThat(escalation.interventions()).isEmpty();
    assertThat(escalation.open()).isEmpty();
  }

  @ParameterizedTest(name = "{0} gives levels {1} and steps {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "G | 0 | -",
        "G G | 0 0 | -, -",
        "A | 1 | OPENED 1",
        "R | 2 | OPENED 2",
        "M | 2 | OPENED 2",
        "A R | 1 2 | OPENED 1, RAISED 2",
        "A A | 1 2 | OPENED 1, RAISED 2",
        "A A A | 1 2 2 | OPENED 1, RAISED 2, HELD 2",
        "R A | 2 2 | OPENED 2, HELD 2",
        "R R | 2 3 | OPENED 2, RAISED 3",
        "R R R R | 2 3 4 5 | OPENED 2, RAISED 3, RAISED 4, RAISED 5",
        "R R R R R | 2 3 4 5 5 | OPENED 2, RAISED 3, RAISED 4, RAISED 5, HELD 5",
        "R R R R R R | 2 3 4 5 5 5 | OPENED 2, RAISED 3, RAISED 4, RAISED 5, HELD 5, HELD 5",
        "R R A | 2 3 2 | OPENED 2, RAISED 3, HELD 3",
        "R R A R | 2 3 2 2 | OPENED 2, RAISED 3, HELD 3, HELD 3",
        "R R A R R R | 2 3 2 2 3 4 | OPENED 2, RAISED 3, HELD 3, HELD 3, HELD 3, RAISED 4",
        "R R R A | 2 3 4 2 | OPENED 2, RAISED 3, RAISED 4, HELD 4",
        "R G R | 2 0 2 | OPENED 2, CLOSED 2, OPENED 2",
        "R R G R | 2 3 0 2 | OPENED 2, RAISED 3, CLOSED 3, OPENED 2",
        "A G A | 1 0 1 | OPENED 1, CLOSED 1, OPENED 1",
        "G A G G | 0 1 0 0 | -, OPENED 1, CLOSED 1, -",
        "R M M M | 2 3 4 5 | OPENED 2, RAISED 3, RAISED 4, RAISED 5",
        "M R | 2 3 | OPENED 2, RAISED 3",
        "D | 0 | -",
        "D D A | 0 0 1 | -, -, OPENED 1",
        "R D | 2 0 | OPENED 2, -",
        "R D R | 2 0 2 | OPENED 2, -, HELD 2",
        "A D A | 1 0 1 | OPENED 1, -, HELD 1",
        "R D G | 2 0 0 | OPENED 2, -, CLOSED 2",
      })
  void eachPeriodGivesTheLevelOfItsRunAndItsStep(String letters, String levels, String steps) {
    Escalation escalation = evaluate(letters);
    assertThat(levels(escalation))
        .containsExactlyElementsOf(
            Arrays.stream(levels.trim().split(" ")).map(Integer::valueOf).toList());
    assertThat(steps(escalation)).containsExactly(steps.trim().split(", "));
  }

  @Test
  void amberThenRedRaisesWatchToRemedialPlan() {
    Escalation escalation = evaluate("A R");
    assertThat(escalation.steps())
        .extracting(Step::reason)
        .containsExactly(
            "Watch (level 1): Amber in 2026/27 Q1",
            "Raised from Watch (level 1) to Remedial plan (level 2): Red in 2026/27 Q2");
  }

  @Test
  void redForTwoPeriodsRaisesToDirectorReviewNamingBothPeriods() {
    Step raised = evaluate("R R").steps().get(1);
    assertThat(raised.period()).isEqualTo(Period.quarter(2026, 2));
    assertThat(raised.change()).isEqualTo(Change.RAISED);
    assertThat(raised.level()).isEqualTo(3);
    assertThat(raised.reason())
        .isEqualTo(
            "Raised from Remedial plan (level 2) to Director review (level 3): "
                + "Red for 2 periods running: 2026/27 Q1 and Q2");
  }

  @Test
  void amberForTheSecondPeriodRunningNamesTheRun() {
    assertThat(evaluate("A A").steps().get(1).reason())
        .endsWith("Remedial plan (level 2): Amber for 2 periods running: 2026/27 Q1 and Q2");
    assertThat(evaluate("R A").periods().get(1).step().orElseThrow().reason())
        .isEqualTo(
            "Held at Remedial plan (level 2): Amber or worse for 2 periods running: "
                + "2026/27 Q1 and Q2");
  }

  @Test
  void aLowerLevelHoldsAndSaysOnlyGreenLowersIt() {
    assertThat(evaluate("R R A").steps().get(2).reason())
        .isEqualTo(
            "Held at Director review (level 3), lowered only by a return to Green: "
                + "Amber or worse for 3 periods running: 2026/27 Q1, Q2 and Q3");
  }

  @Test
  void redForFivePeriodsHoldsAtMemberReferral() {
    Step held = evaluate("R R R R R").steps().get(4);
    assertThat(held.change()).isEqualTo(Change.HELD);
    assertThat(held.level()).isEqualTo(5);
    assertThat(held.reason())
        .isEqualTo(
            "Held at Member referral (level 5): Red for 5 periods running: "
                + "2026/27 Q1, Q2, Q3, Q4 and 2027/28 Q1");
  }

  @Test
  void greenClosesSayingReturnedToGreen() {
    Step closed = evaluate("R R G").steps().get(2);
    assertThat(closed.change()).isEqualTo(Change.CLOSED);
    assertThat(closed.level()).isEqualTo(3);
    assertThat(closed.reason()).isEqualTo("Returned to Green in 2026/27 Q3");
  }

  @Test
  void redGreenRedClosesOneInterventionAndOpensANewOneAtRemedialPlan() {
    List<Episode> interventions = evaluate("R G R").interventions();
    assertThat(interventions).hasSize(2);
    Episode first = interventions.get(0);
    assertThat(first.state()).isEqualTo(InterventionState.CLOSED);
    assertThat(first.openedPeriod()).isEqualTo(Period.quarter(2026, 1));
    assertThat(first.closedPeriod()).isEqualTo(Period.quarter(2026, 2));
    assertThat(first.steps())
        .extracting(Step::change)
        .containsExactly(Change.OPENED, Change.CLOSED);
    Episode second = interventions.get(1);
    assertThat(second.state()).isEqualTo(InterventionState.OPEN);
    assertThat(second.level()).isEqualTo(2);
    assertThat(second.openedPeriod()).isEqualTo(Period.quarter(2026, 3));
    assertThat(second.closedPeriod()).isNull();
    assertThat(evaluate("R G R").open()).contains(second);
  }

  @Test
  void anIndicatorHasSeveralInterventionsOverTime() {
    List<Episode> interventions = evaluate("R G A G G R R").interventions();
    assertThat(interventions)
        .extracting(Episode::state, Episode::level, Episode::openedPeriod)
        .containsExactly(
            tuple(InterventionState.CLOSED, 2, Period.quarter(2026, 1)),
            tuple(InterventionState.CLOSED, 1, Period.quarter(2026, 3)),
            tuple(InterventionState.OPEN, 3, Period.quarter(2027, 2)));
    assertThat(interventions.get(1).closedPeriod()).isEqualTo(Period.quarter(2026, 4));
  }

  @Test
  void aStepIsAtLevelOneToFive() {
    Period q1 = Period.quarter(2026, 1);
    assertThatThrownBy(() -> new Step(q1, Change.OPENED, 0, "none"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Step(q1, Change.OPENED, 6, "none"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInterventionKeepsTheHighestLevelItReached() {
    Episode intervention = evaluate("R R R A A").interventions().get(0);
    assertThat(intervention.level()).isEqualTo(4);
    assertThat(intervention.isOpen()).isTrue();
    assertThat(intervention.steps()).hasSize(5);
  }

  @Test
  void aMissingReturnCountsAsRedAndTheReasonSaysSo() {
    Escalation escalation = evaluate("M M");
    assertThat(levels(escalation)).containsExactly(2, 3);
    assertThat(escalation.steps().get(0).reason())
        .isEqualTo(
            "Remedial plan (level 2): No return by the deadline in 2026/27 Q1 "
                + "(a missing return counts as Red)");
    assertThat(escalation.steps().get(1).reason())
        .endsWith(
            "No return by the deadline for 2 periods running: 2026/27 Q1 and Q2 "
                + "(a missing return counts as Red)");
    assertThat(evaluate("R M").steps().get(1).reason())
        .contains("Red or no return for 2 periods running");
  }

  @Test
  void dataOnlyNeverTriggersEndsTheRunAndLeavesTheInterventionOpen() {
    Escalation escalation = evaluate("R D R");
    assertThat(escalation.periods().get(1).step()).isEmpty();
    assertThat(escalation.interventions()).hasSize(1);
    assertThat(escalation.interventions().get(0).level()).isEqualTo(2);
    assertThat(escalation.interventions().get(0).isOpen()).isTrue();
  }

  @Test
  void aPeriodNotYetEvaluatedTakesNoStepAndEndsTheRun() {
    Escalation escalation = evaluate("R - R");
    assertThat(escalation.periods())
        .extracting(PeriodLevel::period)
        .containsExactly(Period.quarter(2026, 1), Period.quarter(2026, 3));
    assertThat(steps(escalation)).containsExactly("OPENED 2", "HELD 2");
  }

  @Test
  void aGapInThePeriodsEndsTheRun() {
    List<PeriodOutcome> periods =
        List.of(
            new PeriodOutcome(Period.quarter(2026, 1), Outcome.RED),
            new PeriodOutcome(Period.quarter(2026, 3), Outcome.RED));
    assertThat(steps(STANDARD.evaluate(periods))).containsExactly("OPENED 2", "HELD 2");
  }

  @Test
  void aChangeToMonthlyCollectionKeepsTheRunGoing() {
    List<PeriodOutcome> periods =
        List.of(
            new PeriodOutcome(Period.quarter(2026, 2), Outcome.RED),
            new PeriodOutcome(Period.month(YearMonth.of(2026, 10)), Outcome.RED));
    Escalation escalation = STANDARD.evaluate(periods);
    assertThat(steps(escalation)).containsExactly("OPENED 2", "RAISED 3");
    assertThat(escalation.steps().get(1).reason()).endsWith("2026/27 Q2 and M07");
  }

  @Test
  void theRunCrossesTheFinancialYear() {
    Escalation escalation = STANDARD.evaluate(Series.from(Period.quarter(2026, 4), "R R"));
    assertThat(escalation.steps().get(1).reason()).endsWith("2026/27 Q4 and 2027/28 Q1");
  }

  @Test
  void periodsOutOfOrderOrTwiceAreRefused() {
    PeriodOutcome q1 = new PeriodOutcome(Period.quarter(2026, 1), Outcome.RED);
    PeriodOutcome q2 = new PeriodOutcome(Period.quarter(2026, 2), Outcome.RED);
    assertThatThrownBy(() -> STANDARD.evaluate(List.of(q2, q1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in order");
    assertThatThrownBy(() -> STANDARD.evaluate(List.of(q1, q1)))
        .isInstanceOf(IllegalArgumentException.class);
    PeriodOutcome half = new PeriodOutcome(Period.half(2026, 1), Outcome.RED);
    assertThatThrownBy(() -> STANDARD.evaluate(List.of(q1, half)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
