package org.goldenthread.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A deadline in words, from the tests' fixed day (Wednesday 2 December 2026). */
class DueWordsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void aDeadlineTodayIsDueToday() {
    assertThat(DueWords.of(TODAY, TODAY)).isEqualTo("due today");
  }

  @Test
  void aDeadlineTomorrowIsDueTomorrow() {
    assertThat(DueWords.of(LocalDate.of(2026, 12, 3), TODAY)).isEqualTo("due tomorrow");
  }

  @Test
  void aDeadlineLaterCountsTheDaysToIt() {
    assertThat(DueWords.of(LocalDate.of(2026, 12, 5), TODAY)).isEqualTo("due in 3 days");
    // Across the year end.
    assertThat(DueWords.of(LocalDate.of(2027, 1, 14), TODAY)).isEqualTo("due in 43 days");
  }

  @Test
  void aDeadlineYesterdayIsOneDayLate() {
    assertThat(DueWords.of(LocalDate.of(2026, 12, 1), TODAY)).isEqualTo("1 day late");
  }

  @Test
  void theSecondQuartersDeadlineIsFortyNineDaysLate() {
    // 14 October to 2 December: 17 days of October, 30 of November, 2 of December.
    assertThat(DueWords.of(LocalDate.of(2026, 10, 14), TODAY)).isEqualTo("49 days late");
  }

  @Test
  void aDateNotOwedIsTodayAgoOrIn() {
    assertThat(DueWords.since(TODAY, TODAY)).isEqualTo("today");
    assertThat(DueWords.since(LocalDate.of(2026, 10, 14), TODAY)).isEqualTo("49 days ago");
    assertThat(DueWords.since(LocalDate.of(2026, 12, 3), TODAY)).isEqualTo("in 1 day");
  }
}
