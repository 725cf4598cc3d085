package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.intervention.Series.steps;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

  @ParameterizedTest(name = "BRAG {0} is {1} on the ladder")
  @CsvSource({"RED, RED", "AMBER, AMBER", "GREEN, GREEN", "BLUE, GREEN"})
  void actionsFollowTheLadderOnTheirBrag(Brag brag, Outcome outcome) {
    assertThat(Outcome.of(brag)).isEqualTo(outcome);
  }

  @ParameterizedTest(name = "status {0} is {1} once evaluated")
  @CsvSource({
    "GREEN, GREEN",
    "AMBER, AMBER",
    "RED, RED",
    "NO_DATA, MISSING",
    "DATA_ONLY, DATA_ONLY"
  })
  void anEvaluatedIndicatorPeriodIsReadFromItsStatus(Status status, Outcome outcome) {
    assertThat(Outcome.of(status)).isEqualTo(outcome);
  }

  @Test
  void onlyRedAndMissingCountAsRedAndAmberIsWorseThanGreen() {
    assertThat(List.of(Outcome.values()))
        .filteredOn(Outcome::countsAsRed)
        .containsExactly(Outcome.RED, Outcome.MISSING);
    assertThat(List.of(Outcome.values()))
        .filteredOn(Outcome::amberOrWorse)
        .containsExactly(Outcome.AMBER, Outcome.RED, Outcome.MISSING);
  }

  @Test
  void anActionCompletedAfterRedUpdatesClosesItsIntervention() {
    List<PeriodOutcome> updates = new ArrayList<>();
    Period period = Period.quarter(2026, 1);
    for (Brag brag : List.of(Brag.AMBER, Brag.RED, Brag.RED, Brag.BLUE)) {
      updates.add(new PeriodOutcome(period, Outcome.of(brag)));
      period = period.next();
    }
    assertThat(steps(Ladder.standard().evaluate(updates)))
        .containsExactly("OPENED 1", "RAISED 2", "RAISED 3", "CLOSED 3");
  }
}
