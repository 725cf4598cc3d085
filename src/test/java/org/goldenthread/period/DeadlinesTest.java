package org.goldenthread.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private final Deadlines deadlines =
      new Deadlines(new WorkingDays(BankHolidays.englandAndWales()));

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void theDefaultIsTheTenthWorkingDay() {
    assertThat(Deadlines.DEFAULT_WORKING_DAY).isEqualTo(10);
  }

  @Test
  void quarterFourIsDueInAprilOfTheNextCalendarYearAfterEaster() {
    // Q4 2025/26 ends 31 March 2026; the 10th working day of April 2026 is Thu 16
    // (Good Friday 3 and Easter Monday 6 April are skipped; see WorkingDaysTest).
    assertThat(deadlines.deadlineFor(Period.quarter(2025, 4), 10)).isEqualTo(d(2026, 4, 16));
  }

  @Test
  void quarterFour2023Of24IsDueAfterAnEasterMondayOnTheFirst() {
    // Mon 1 April 2024 is Easter Monday: Tue 2 is day 1 … Fri 5 day 4, Mon 8 … Fri 12 day 9,
    // Mon 15 day 10.
    assertThat(deadlines.deadlineFor(Period.quarter(2023, 4), 10)).isEqualTo(d(2024, 4, 15));
  }

  @Test
  void everyPeriodEndingInMarchSharesTheYearEndDeadline() {
    LocalDate expected = d(2026, 4, 16);
    assertThat(deadlines.deadlineFor(Period.month(YearMonth.of(2026, 3)), 10)).isEqualTo(expected);
    assertThat(deadlines.deadlineFor(Period.half(2025, 2), 10)).isEqualTo(expected);
    assertThat(deadlines.deadlineFor(Period.year(2025), 10)).isEqualTo(expected);
  }

  @Test
  void quarterThreeIsDueInJanuary() {
    assertThat(deadlines.deadlineFor(Period.quarter(2026, 3), 10)).isEqualTo(d(2027, 1, 15));
    assertThat(deadlines.deadlineFor(Period.quarter(2021, 3), 10)).isEqualTo(d(2022, 1, 17));
  }

  @Test
  void aMonthIsDueInTheFollowingMonth() {
    // April 2026 (2026/27 M01) is due on the 10th working day of May 2026, Fri 15.
    assertThat(deadlines.deadlineFor(Period.month(YearMonth.of(2026, 4)), 10))
        .isEqualTo(d(2026, 5, 15));
  }

  @Test
  void theWorkingDayIsASetting() {
    assertThat(deadlines.deadlineFor(Period.quarter(2025, 4), 1)).isEqualTo(d(2026, 4, 1));
    assertThat(deadlines.deadlineFor(Period.quarter(2025, 4), 3)).isEqualTo(d(2026, 4, 7));
    assertThat(deadlines.deadlineFor(Period.quarter(2025, 4), 15)).isEqualTo(d(2026, 4, 23));
  }

  @Test
  void lateOnlyAfterTheDeadlineDay() {
    Period q4 = Period.quarter(2025, 4);
    assertThat(deadlines.isLate(q4, d(2026, 3, 31), 10)).isFalse();
    assertThat(deadlines.isLate(q4, d(2026, 4, 15), 10)).isFalse();
    assertThat(deadlines.isLate(q4, d(2026, 4, 16), 10)).isFalse();
    assertThat(deadlines.isLate(q4, d(2026, 4, 17), 10)).isTrue();
  }

  @Test
  void deadlinesBeyondTheBankHolidayListAreFlaggedAsUnreliable() {
    assertThat(deadlines.isReliable(Period.quarter(2028, 2))).isTrue(); // due October 2028
    assertThat(deadlines.isReliable(Period.quarter(2028, 3))).isFalse(); // due January 2029
  }
}
