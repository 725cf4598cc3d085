package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.intervention.Series.quarters;
import static org.goldenthread.intervention.Series.steps;

import java.util.List;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;

class RevisionTest {

  private static final Ladder STANDARD = Ladder.standard();

  private static List<Step> stepsOf(String letters) {
    return STANDARD.evaluate(quarters(letters)).steps();
  }

  @Test
  void nothingChangesWhenTheOutcomesAreTheSame() {
    Revision revision = Revision.of(STANDARD, stepsOf("R R A G"), quarters("R R A G"));
    assertThat(revision.isEmpty()).isTrue();
    assertThat(revision.describe()).isEmpty();
  }

  @Test
  void aRedCorrectedToGreenReEvaluatesTheLaterPeriodsAndSaysWhatChanged() {
    List<Step> before = stepsOf("R R R R");
    List<PeriodOutcome> corrected = quarters("R G R R");
    assertThat(steps(STANDARD.evaluate(corrected)))
        .containsExactly("OPENED 2", "CLOSED 2", "OPENED 2", "RAISED 3");

    Revision revision = Revision.of(STANDARD, before, corrected);

    assertThat(revision.added()).isEmpty();
    assertThat(revision.removed()).isEmpty();
    assertThat(revision.changed())
        .extracting(changed -> changed.before().period())
        .containsExactly(Period.quarter(2026, 2), Period.quarter(2026, 3), Period.quarter(2026, 4));
    Revision.Changed second = revision.changed().get(0);
    assertThat(second.before().change()).isEqualTo(Change.RAISED);
    assertThat(second.before().level()).isEqualTo(3);
    assertThat(second.after().change()).isEqualTo(Change.CLOSED);
    assertThat(second.after().level()).isEqualTo(2);
    assertThat(revision.describe().get(0))
        .isEqualTo(
            "Was: 2026/27 Q2: raised at level 3. Raised from Remedial plan (level 2) to Director"
                + " review (level 3): Red for 2 periods running: 2026/27 Q1 and Q2 Now: 2026/27"
                + " Q2: closed at level 2. Returned to Green in 2026/27 Q2");
    assertThat(revision.describe()).hasSize(3);
  }

  @Test
  void aGreenCorrectedToRedAddsSteps() {
    Revision revision = Revision.of(STANDARD, stepsOf("G G"), quarters("R G"));
    assertThat(revision.added())
        .extracting(Step::change)
        .containsExactly(Change.OPENED, Change.CLOSED);
    assertThat(revision.removed()).isEmpty();
    assertThat(revision.changed()).isEmpty();
    assertThat(revision.describe())
        .containsExactly(
            "Now: 2026/27 Q1: opened at level 2. Remedial plan (level 2): Red in 2026/27 Q1",
            "Now: 2026/27 Q2: closed at level 2. Returned to Green in 2026/27 Q2");
  }

  @Test
  void anAmberCorrectedToGreenRemovesTheInterventionItOpened() {
    Revision revision = Revision.of(STANDARD, stepsOf("A G G"), quarters("G G G"));
    assertThat(revision.removed())
        .extracting(Step::period)
        .containsExactly(Period.quarter(2026, 1), Period.quarter(2026, 2));
    assertThat(revision.describe().get(0)).startsWith("No longer: 2026/27 Q1: opened at level 1.");
  }

  @Test
  void aCorrectionLeavesTheEarlierPeriodsAlone() {
    Revision revision = Revision.of(STANDARD, stepsOf("A A R R"), quarters("A A R A"));
    assertThat(revision.added()).isEmpty();
    assertThat(revision.removed()).isEmpty();
    assertThat(revision.changed()).hasSize(1);
    assertThat(revision.changed().get(0).before().period()).isEqualTo(Period.quarter(2026, 4));
    assertThat(revision.changed().get(0).after().change()).isEqualTo(Change.HELD);
  }

  @Test
  void aPeriodVerifiedLateReEvaluatesTheOnesAfterIt() {
    Revision revision = Revision.of(STANDARD, stepsOf("R - R"), quarters("R R R"));
    assertThat(revision.added()).extracting(Step::change).containsExactly(Change.RAISED);
    assertThat(revision.changed()).hasSize(1);
    assertThat(revision.changed().get(0).after().change()).isEqualTo(Change.RAISED);
    assertThat(revision.changed().get(0).after().level()).isEqualTo(4);
  }

  @Test
  void stepsGivenTwiceForAPeriodAreRefused() {
    List<Step> twice = List.of(stepsOf("R").get(0), stepsOf("R").get(0));
    assertThatThrownBy(() -> Revision.between(twice, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
