package org.goldenthread.indicator.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;

/** The late returns dashboard's counts and tables, worked out from the returns alone. */
class ReturnsBoardTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static Return owed(
      String code, Stage stage, LocalDate deadline, long officer, String name, long unit) {
    boolean late = stage.isOwed() && TODAY.isAfter(deadline);
    return new Return(
        code.hashCode(),
        code,
        "Title of " + code,
        Period.parse("2026/27 Q2"),
        deadline,
        stage,
        late,
        false,
        null,
        officer,
        name,
        null,
        null,
        unit,
        "Unit " + unit,
        null);
  }

  @Test
  void countsEachStageAndTheLateOnes() {
    ReturnsBoard board =
        ReturnsBoard.of(
            List.of(
                owed("A", Stage.NOT_STARTED, LocalDate.of(2026, 10, 14), 1, "Ann", 10),
                owed("B", Stage.ENTERED, LocalDate.of(2026, 10, 14), 1, "Ann", 10),
                owed("C", Stage.SUBMITTED, LocalDate.of(2026, 10, 14), 2, "Bob", 20),
                owed("D", Stage.VERIFIED, LocalDate.of(2026, 10, 14), 2, "Bob", 20),
                owed("E", Stage.PUBLISHED, LocalDate.of(2026, 10, 14), 2, "Bob", 20),
                owed("F", Stage.NOT_STARTED, LocalDate.of(2026, 12, 14), 2, "Bob", 20)),
            TODAY);
    assertThat(board.counts()).isEqualTo(new ReturnCounts(2, 1, 1, 1, 1, 2));
    assertThat(board.counts().total()).isEqualTo(6);
    assertThat(board.counts().owed()).isEqualTo(3);
  }

  @Test
  void listsWhatIsOwedTheOldestDeadlineFirstWithDaysLate() {
    ReturnsBoard board =
        ReturnsBoard.of(
            List.of(
                owed("F", Stage.NOT_STARTED, LocalDate.of(2026, 12, 14), 2, "Bob", 20),
                owed("C", Stage.SUBMITTED, LocalDate.of(2026, 10, 1), 2, "Bob", 20),
                owed("A", Stage.ENTERED, LocalDate.of(2026, 11, 30), 1, "Ann", 10)),
            TODAY);
    assertThat(board.owed()).extracting(o -> o.r().code()).containsExactly("A", "F");
    assertThat(board.owed()).extracting(ReturnsBoard.Owed::daysLate).containsExactly(2L, 0L);
  }

  @Test
  void eachOfficerAndServiceHasALineTheMostLateFirstThenTheMostOwed() {
    ReturnsBoard board =
        ReturnsBoard.of(
            List.of(
                owed("A", Stage.SUBMITTED, LocalDate.of(2026, 10, 14), 1, "Ann", 10),
                owed("B", Stage.NOT_STARTED, LocalDate.of(2026, 11, 13), 2, "Bob", 20),
                owed("C", Stage.ENTERED, LocalDate.of(2026, 10, 14), 2, "Bob", 10),
                owed("D", Stage.NOT_STARTED, LocalDate.of(2026, 12, 14), 2, "Bob", 20)),
            TODAY);
    assertThat(board.byOfficer())
        .containsExactly(
            new ReturnsBoard.Line(2L, "Bob", 3, 3, 2, LocalDate.of(2026, 10, 14)),
            new ReturnsBoard.Line(1L, "Ann", 1, 0, 0, null));
    assertThat(board.byService())
        .containsExactly(
            new ReturnsBoard.Line(20L, "Unit 20", 2, 2, 1, LocalDate.of(2026, 11, 13)),
            new ReturnsBoard.Line(10L, "Unit 10", 2, 1, 1, LocalDate.of(2026, 10, 14)));
  }
}
