package org.goldenthread.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays(BankHolidays.englandAndWales());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void weekendsAndBankHolidaysAreNotWorkingDays() {
    assertThat(workingDays.isWorkingDay(d(2026, 4, 2))).isTrue(); // Thursday
    assertThat(workingDays.isWorkingDay(d(2026, 4, 3))).isFalse(); // Good Friday
    assertThat(workingDays.isWorkingDay(d(2026, 4, 4))).isFalse(); // Saturday
    assertThat(workingDays.isWorkingDay(d(2026, 4, 5))).isFalse(); // Sunday
    assertThat(workingDays.isWorkingDay(d(2026, 4, 6))).isFalse(); // Easter Monday
    assertThat(workingDays.isWorkingDay(d(2026, 4, 7))).isTrue();
  }

  @Test
  void substituteDaysAreNotWorkingDays() {
    assertThat(workingDays.isWorkingDay(d(2021, 12, 27))).isFalse();
    assertThat(workingDays.isWorkingDay(d(2021, 12, 28))).isFalse();
    assertThat(workingDays.isWorkingDay(d(2021, 12, 29))).isTrue();
    assertThat(workingDays.isWorkingDay(d(2022, 1, 3))).isFalse();
    assertThat(workingDays.isWorkingDay(d(2022, 1, 4))).isTrue();
  }

  @Test
  void tenthWorkingDayOfMay2026() {
    // May 2026 starts on a Friday; Mon 4 May is the Early May bank holiday.
    // 1 Fri 1, 2 Tue 5, 3 Wed 6, 4 Thu 7, 5 Fri 8, 6 Mon 11, 7 Tue 12, 8 Wed 13, 9 Thu 14,
    // 10 Fri 15.
    assertThat(workingDays.nthWorkingDayOfMonth(YearMonth.of(2026, 5), 10))
        .isEqualTo(d(2026, 5, 15));
  }

  @Test
  void tenthWorkingDayOfJanuary2027() {
    // Fri 1 January 2027 is New Year's Day. 1 Mon 4, 2 Tue 5, 3 Wed 6, 4 Thu 7, 5 Fri 8,
    // 6 Mon 11, 7 Tue 12, 8 Wed 13, 9 Thu 14, 10 Fri 15.
    assertThat(workingDays.nthWorkingDayOfMonth(YearMonth.of(2027, 1), 10))
        .isEqualTo(d(2027, 1, 15));
  }

  @Test
  void tenthWorkingDayOfApril2026SkipsGoodFridayAndEasterMonday() {
    // April 2026 starts on a Wednesday; Fri 3 and Mon 6 are Good Friday and Easter Monday.
    // 1 Wed 1, 2 Thu 2, 3 Tue 7, 4 Wed 8, 5 Thu 9, 6 Fri 10, 7 Mon 13, 8 Tue 14, 9 Wed 15,
    // 10 Thu 16. Counting weekends alone would give Tue 14.
    assertThat(workingDays.nthWorkingDayOfMonth(YearMonth.of(2026, 4), 10))
        .isEqualTo(d(2026, 4, 16));
  }

  @Test
  void tenthWorkingDayOfJanuary2022SkipsTheNewYearSubstitute() {
    // Sat 1 January 2022; Mon 3 is the substitute. 1 Tue 4 … 4 Fri 7, 5 Mon 10 … 9 Fri 14,
    // 10 Mon 17.
    assertThat(workingDays.nthWorkingDayOfMonth(YearMonth.of(2022, 1), 10))
        .isEqualTo(d(2022, 1, 17));
  }

  @Test
  void tenthWorkingDayOfJune2022SkipsBothJubileeDays() {
    // Wed 1 June 2022 is day 1; Thu 2 and Fri 3 are holidays. 2 Mon 6 … 6 Fri 10,
    // 7 Mon 13 … 10 Thu 16.
    assertThat(workingDays.nthWorkingDayOfMonth(YearMonth.of(2022, 6), 10))
        .isEqualTo(d(2022, 6, 16));
  }

  @Test
  void firstWorkingDayOfAMonthThatStartsOnABankHoliday() {
    // Mon 1 April 2024 is Easter Monday.
    assertThat(workingDays.nthWorkingDayOfMonth(YearMonth.of(2024, 4), 1)).isEqualTo(d(2024, 4, 2));
  }

  @Test
  void lastPossibleWorkingDayAndOneTooMany() {
    // December 2026: 23 weekdays less Christmas Day and the Boxing Day substitute = 21.
    assertThat(workingDays.nthWorkingDayOfMonth(YearMonth.of(2026, 12), 21))
        .isEqualTo(d(2026, 12, 31));
    assertThatThrownBy(() -> workingDays.nthWorkingDayOfMonth(YearMonth.of(2026, 12), 22))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2026-12 has only 21 working days, so it has no working day 22");
  }

  @Test
  void refusesZeroOrNegativeN() {
    assertThatThrownBy(() -> workingDays.nthWorkingDayOfMonth(YearMonth.of(2026, 5), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workingDays.nthWorkingDayOfMonth(YearMonth.of(2026, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addingWorkingDaysSkipsWeekendsAndHolidaysInBothDirections() {
    // From Thu 2 April 2026: Fri 3 to Mon 6 are closed, so the next working day is Tue 7.
    assertThat(workingDays.addWorkingDays(d(2026, 4, 2), 1)).isEqualTo(d(2026, 4, 7));
    assertThat(workingDays.addWorkingDays(d(2026, 4, 7), -1)).isEqualTo(d(2026, 4, 2));
    assertThat(workingDays.addWorkingDays(d(2021, 12, 24), 1)).isEqualTo(d(2021, 12, 29));
    assertThat(workingDays.addWorkingDays(d(2026, 4, 4), 0)).isEqualTo(d(2026, 4, 4));
    assertThat(workingDays.addWorkingDays(d(2026, 5, 1), 9)).isEqualTo(d(2026, 5, 15));
  }

  @Test
  void usesWhicheverListItIsGiven() {
    WorkingDays withOneHoliday =
        new WorkingDays(
            BankHolidays.fromCsv(new StringReader("date,title\n2026-05-05,Council closure\n")));
    assertThat(withOneHoliday.isWorkingDay(d(2026, 5, 4))).isTrue();
    assertThat(withOneHoliday.isWorkingDay(d(2026, 5, 5))).isFalse();
  }
}
