package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.action.Schedule.MilestoneDates;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 11, 14);

  private static Schedule schedule(LocalDate due, int percent, LocalDate completedOn) {
    return new Schedule(null, due, percent, completedOn, null);
  }

  @Test
  void completeOnceItHasACompletionDateOrIsAHundredPercentDone() {
    assertThat(schedule(TODAY, 0, null).isComplete()).isFalse();
    assertThat(schedule(TODAY, 99, null).isComplete()).isFalse();
    assertThat(schedule(TODAY, 100, null).isComplete()).isTrue();
    assertThat(schedule(TODAY, 30, TODAY.minusDays(3)).isComplete()).isTrue();
  }

  @Test
  void overdueOnlyAfterTheDueDateAndWhileNotComplete() {
    assertThat(schedule(TODAY, 0, null).isOverdue(TODAY)).isFalse();
    assertThat(schedule(TODAY.minusDays(1), 0, null).isOverdue(TODAY)).isTrue();
    assertThat(schedule(TODAY.minusDays(1), 100, null).isOverdue(TODAY)).isFalse();
    assertThat(schedule(TODAY.minusDays(1), 0, TODAY).isOverdue(TODAY)).isFalse();
    assertThat(schedule(null, 0, null).isOverdue(TODAY)).isFalse();
  }

  @Test
  void overdueAcrossTheYearEndAndLeapDay() {
    assertThat(schedule(LocalDate.of(2025, 3, 31), 0, null).isOverdue(LocalDate.of(2025, 4, 1)))
        .isTrue();
    assertThat(schedule(LocalDate.of(2024, 2, 29), 0, null).isOverdue(LocalDate.of(2024, 2, 29)))
        .isFalse();
    assertThat(schedule(LocalDate.of(2024, 2, 28), 0, null).isOverdue(LocalDate.of(2024, 2, 29)))
        .isTrue();
  }

  @Test
  void countsMilestonesPastTheirDateAndNotDone() {
    Schedule s =
        new Schedule(
            null,
            TODAY.plusMonths(6),
            0,
            null,
            List.of(
                new MilestoneDates(TODAY.minusDays(10), null),
                new MilestoneDates(TODAY.minusDays(1), null),
                new MilestoneDates(TODAY.minusDays(5), TODAY.minusDays(6)),
                new MilestoneDates(TODAY, null),
                new MilestoneDates(TODAY.plusDays(1), null)));

    assertThat(s.overdueMilestones(TODAY)).isEqualTo(2);
    assertThat(s.overdueMilestones(TODAY.minusDays(10))).isZero();
  }

  @Test
  void noMilestonesIsAnEmptyListThatCannotBeChangedAfterwards() {
    assertThat(schedule(TODAY, 0, null).milestones()).isEmpty();
    assertThat(schedule(TODAY, 0, null).overdueMilestones(TODAY)).isZero();

    List<MilestoneDates> steps = new ArrayList<>(List.of(new MilestoneDates(TODAY, null)));
    Schedule s = new Schedule(null, TODAY, 0, null, steps);
    steps.add(new MilestoneDates(TODAY.minusDays(1), null));
    assertThat(s.milestones()).hasSize(1);
    assertThatThrownBy(() -> s.milestones().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
