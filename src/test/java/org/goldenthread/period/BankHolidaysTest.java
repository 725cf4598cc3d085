package org.goldenthread.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankHolidaysTest {

  private final BankHolidays holidays = BankHolidays.englandAndWales();

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void theBundledListRunsFrom2015To2028() {
    assertThat(holidays.firstDate()).isEqualTo(d(2015, 1, 1));
    assertThat(holidays.lastDate()).isEqualTo(d(2028, 12, 26));
    assertThat(holidays.covers(d(2028, 12, 31))).isTrue();
    assertThat(holidays.covers(d(2029, 1, 1))).isFalse();
    assertThat(holidays.covers(d(2014, 12, 31))).isFalse();
  }

  @Test
  void christmasAndBoxingDayAtTheWeekendMoveToTheFollowingWeekdays() {
    // 2021: Christmas on Saturday, Boxing Day on Sunday.
    assertThat(holidays.isHoliday(d(2021, 12, 25))).isFalse();
    assertThat(holidays.isHoliday(d(2021, 12, 26))).isFalse();
    assertThat(holidays.titleOf(d(2021, 12, 27))).contains("Christmas Day (substitute day)");
    assertThat(holidays.titleOf(d(2021, 12, 28))).contains("Boxing Day (substitute day)");
    // 2022: Christmas on Sunday, so Boxing Day stays on Monday and Christmas moves to Tuesday.
    assertThat(holidays.titleOf(d(2022, 12, 26))).contains("Boxing Day");
    assertThat(holidays.titleOf(d(2022, 12, 27))).contains("Christmas Day (substitute day)");
    // 2020 and 2026: Boxing Day on Saturday moves to Monday the 28th.
    assertThat(holidays.isHoliday(d(2020, 12, 28))).isTrue();
    assertThat(holidays.isHoliday(d(2026, 12, 28))).isTrue();
    assertThat(holidays.isHoliday(d(2026, 12, 26))).isFalse();
  }

  @Test
  void newYearAtTheWeekendMovesToMonday() {
    assertThat(holidays.titleOf(d(2022, 1, 3))).contains("New Year's Day (substitute day)");
    assertThat(holidays.isHoliday(d(2022, 1, 1))).isFalse();
    assertThat(holidays.isHoliday(d(2023, 1, 2))).isTrue();
    assertThat(holidays.isHoliday(d(2017, 1, 2))).isTrue();
    assertThat(holidays.isHoliday(d(2028, 1, 3))).isTrue();
  }

  @Test
  void includesTheSpecialDaysThatNoRuleWouldGive() {
    assertThat(holidays.titleOf(d(2020, 5, 8))).contains("Early May bank holiday (VE day)");
    assertThat(holidays.isHoliday(d(2020, 5, 4))).isFalse();
    assertThat(holidays.titleOf(d(2022, 6, 2))).contains("Spring bank holiday");
    assertThat(holidays.titleOf(d(2022, 6, 3))).contains("Platinum Jubilee bank holiday");
    assertThat(holidays.isHoliday(d(2022, 5, 30))).isFalse();
    assertThat(holidays.titleOf(d(2022, 9, 19)))
        .contains("Bank holiday for the State Funeral of Queen Elizabeth II");
    assertThat(holidays.titleOf(d(2023, 5, 8)))
        .contains("Bank holiday for the coronation of King Charles III");
  }

  @Test
  void easterMonday2026IsAHoliday() {
    assertThat(holidays.titleOf(d(2026, 4, 3))).contains("Good Friday");
    assertThat(holidays.titleOf(d(2026, 4, 6))).contains("Easter Monday");
    assertThat(holidays.titleOf(d(2026, 4, 7))).isEmpty();
  }

  @Test
  void everyListedHolidayFallsOnAWeekday() {
    for (LocalDate date : holidays.all().keySet()) {
      assertThat(date.getDayOfWeek())
          .as(date.toString())
          .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
  }

  /**
   * An independent check on the data file against the standing rules (Easter by the Gregorian
   * computus, first and last Mondays, weekend substitutes) plus the announced one-off changes, so a
   * mistyped date in the file fails here.
   */
  @Test
  void theBundledFileMatchesTheStandingRulesAndTheAnnouncedChanges() {
    TreeSet<LocalDate> expected = new TreeSet<>();
    for (int year = 2015; year <= 2028; year++) {
      expected.add(weekdayOnOrAfter(d(year, 1, 1)));
      LocalDate easter = easterSunday(year);
      expected.add(easter.minusDays(2));
      expected.add(easter.plusDays(1));
      expected.add(d(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      expected.add(d(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      expected.add(d(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      LocalDate christmas = weekdayOnOrAfter(d(year, 12, 25));
      expected.add(christmas);
      expected.add(weekdayOnOrAfter(christmas.plusDays(1)));
    }
    expected.remove(d(2020, 5, 4)); // moved to VE Day, Friday 8 May 2020
    expected.add(d(2020, 5, 8));
    expected.remove(d(2022, 5, 30)); // Spring bank holiday moved to 2 June for the Jubilee
    expected.add(d(2022, 6, 2));
    expected.add(d(2022, 6, 3));
    expected.add(d(2022, 9, 19));
    expected.add(d(2023, 5, 8));

    assertThat(holidays.all().keySet()).containsExactlyElementsOf(expected);
  }

  @Test
  void eachYearHasEightHolidaysExceptTheYearsWithExtraDays() {
    Map<Integer, Integer> perYear = new TreeMap<>();
    holidays.all().keySet().forEach(date -> perYear.merge(date.getYear(), 1, Integer::sum));
    perYear.forEach(
        (year, count) ->
            assertThat(count)
                .as("holidays in %d", year)
                .isEqualTo(year == 2022 ? 10 : year == 2023 ? 9 : 8));
    assertThat(perYear).hasSize(14);
  }

  private static LocalDate weekdayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, Month.of(month), day);
  }

  @Test
  void easterAlgorithmAgreesWithKnownEasterSundays() {
    assertThat(easterSunday(2024)).isEqualTo(d(2024, 3, 31));
    assertThat(easterSunday(2026)).isEqualTo(d(2026, 4, 5));
    assertThat(easterSunday(2027)).isEqualTo(d(2027, 3, 28));
  }

  @Test
  void readsAFileWithNotesBlankLinesQuotesAndAByteOrderMark() {
    BankHolidays read =
        BankHolidays.fromCsv(
            new StringReader(
                "\uFEFF# provided by the council\n"
                    + "\n"
                    + "Date, Title\n"
                    + "2030-12-25,Christmas Day\n"
                    + "\"2030-12-26\",\"Boxing Day, as usual\"\n"
                    + "  2030-01-01 , New Year's Day  \n"));
    assertThat(read.isHoliday(d(2030, 12, 25))).isTrue();
    assertThat(read.titleOf(d(2030, 12, 26))).contains("Boxing Day, as usual");
    assertThat(read.titleOf(d(2030, 1, 1))).contains("New Year's Day");
    assertThat(read.firstDate()).isEqualTo(d(2030, 1, 1));
    assertThat(read.lastDate()).isEqualTo(d(2030, 12, 26));
  }

  @Test
  void readsAReplacementFileFromAPath(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("holidays.csv");
    Files.writeString(file, "date,title\n2031-01-01,New Year's Day\n");
    assertThat(BankHolidays.fromPath(file).lastDate()).isEqualTo(d(2031, 1, 1));
  }

  @Test
  void aBadDateNamesItsLine() {
    assertThatThrownBy(
            () ->
                BankHolidays.fromCsv(
                    new StringReader(
                        "# notes\ndate,title\n2025-12-25,Christmas Day\n2025-12-32,Boxing Day\n")))
        .isInstanceOf(BankHolidayFileException.class)
        .hasMessage(
            "Line 4 of the bank holiday file: ‘2025-12-32’ is not a date; write dates like"
                + " 2025-12-25");
  }

  @Test
  void aDateInAnotherFormatNamesItsLine() {
    assertThatThrownBy(
            () -> BankHolidays.fromCsv(new StringReader("date,title\n25/12/2025,Christmas Day\n")))
        .hasMessageStartingWith("Line 2 of the bank holiday file: ‘25/12/2025’ is not a date");
  }

  @Test
  void refusesAFileWithoutTheHeader() {
    assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("2025-12-25,Christmas Day\n")))
        .hasMessage(
            "Line 1 of the bank holiday file: the first row should be the header date,title");
  }

  @Test
  void refusesARowWithoutATitleOrComma() {
    assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("date,title\n2025-12-25\n")))
        .hasMessageStartingWith("Line 2 of the bank holiday file: expected a date and a title");
    assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("date,title\n2025-12-25, \n")))
        .hasMessage("Line 2 of the bank holiday file: the holiday on 2025-12-25 has no title");
  }

  @Test
  void refusesTheSameDateTwice() {
    assertThatThrownBy(
            () ->
                BankHolidays.fromCsv(
                    new StringReader("date,title\n2025-12-25,Christmas\n2025-12-25,Christmas\n")))
        .hasMessage("Line 3 of the bank holiday file: 2025-12-25 is listed twice");
  }

  @Test
  void refusesAFileWithNoHolidays() {
    assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("date,title\n")))
        .hasMessage("The bank holiday file lists no holidays");
    assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("")))
        .isInstanceOf(BankHolidayFileException.class);
  }
}
