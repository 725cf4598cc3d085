package org.goldenthread.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Stage;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;

/** Returns counted for the home pages, and their shares of those due. */
class TallyTest {

  private static final Period Q2 = Period.parse("2026/27 Q2");

  private static Return line(Stage stage, boolean late, boolean returned) {
    return new Return(
        1,
        "X-01",
        "X",
        Q2,
        LocalDate.of(2026, 10, 14),
        stage,
        late,
        returned,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void nothingDueCountsNothingAndNoShare() {
    Tally t = Tally.of(List.of());
    assertThat(t).isEqualTo(Tally.NONE);
    assertThat(t.receivedPercent()).isZero();
    assertThat(t.latePercent()).isZero();
  }

  @Test
  void eachStageCountsWhereItShould() {
    Tally t =
        Tally.of(
            List.of(
                line(Stage.NOT_STARTED, true, false),
                line(Stage.ENTERED, true, true),
                line(Stage.ENTERED, false, false),
                line(Stage.SUBMITTED, false, false),
                line(Stage.VERIFIED, false, false),
                line(Stage.PUBLISHED, false, false)));
    assertThat(t.due()).isEqualTo(6);
    assertThat(t.owed()).isEqualTo(3);
    assertThat(t.received()).isEqualTo(3);
    assertThat(t.verified()).isEqualTo(2);
    assertThat(t.waiting()).isEqualTo(1);
    assertThat(t.late()).isEqualTo(2);
    assertThat(t.returned()).isEqualTo(1);
    assertThat(t.receivedPercent()).isEqualTo(50);
    assertThat(t.latePercent()).isEqualTo(33);
  }

  @Test
  void sharesRoundHalfUp() {
    assertThat(new Tally(3, 2, 1, 1, 0, 0).receivedPercent()).isEqualTo(67);
    assertThat(new Tally(8, 7, 0, 1, 0, 0).receivedPercent()).isEqualTo(88);
    assertThat(new Tally(200, 1, 0, 199, 0, 0).receivedPercent()).isEqualTo(1);
  }

  @Test
  void talliesAddUp() {
    assertThat(new Tally(2, 1, 1, 1, 1, 0).plus(new Tally(3, 3, 2, 0, 0, 1)))
        .isEqualTo(new Tally(5, 4, 3, 1, 1, 1));
  }
}
