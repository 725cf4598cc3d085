package org.goldenthread.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void doneAndCancelledAreAsRecordedWhateverTheDate() {
    assertThat(Standing.of(EntryKind.TASK, EntryState.DONE, TODAY.minusDays(30), TODAY))
        .isEqualTo(Standing.DONE);
    assertThat(Standing.of(EntryKind.TASK, EntryState.CANCELLED, TODAY.minusDays(1), TODAY))
        .isEqualTo(Standing.CANCELLED);
    assertThat(Standing.of(EntryKind.EVENT, EntryState.CANCELLED, TODAY.plusDays(90), TODAY))
        .isEqualTo(Standing.CANCELLED);
  }

  @Test
  void aTaskPastItsDateIsMissedButAnEventHasHappened() {
    assertThat(Standing.of(EntryKind.TASK, EntryState.PLANNED, TODAY.minusDays(1), TODAY))
        .isEqualTo(Standing.MISSED);
    assertThat(Standing.of(EntryKind.EVENT, EntryState.PLANNED, TODAY.minusDays(1), TODAY))
        .isEqualTo(Standing.HAPPENED);
  }

  @Test
  void dueFromTodayToTwoWeeksAheadThenUpcoming() {
    assertThat(Standing.of(EntryKind.TASK, EntryState.PLANNED, TODAY, TODAY))
        .isEqualTo(Standing.DUE);
    assertThat(Standing.of(EntryKind.TASK, EntryState.PLANNED, TODAY.plusDays(14), TODAY))
        .isEqualTo(Standing.DUE);
    assertThat(Standing.of(EntryKind.TASK, EntryState.PLANNED, TODAY.plusDays(15), TODAY))
        .isEqualTo(Standing.UPCOMING);
    assertThat(Standing.of(EntryKind.EVENT, EntryState.PLANNED, TODAY.plusDays(3), TODAY))
        .isEqualTo(Standing.DUE);
  }
}
