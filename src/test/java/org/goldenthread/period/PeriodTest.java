package org.goldenthread.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Building periods, their dates and their labels. */
class PeriodTest {

  @Test
  void periodTypesHaveCouncilNamesAndLengths() {
    assertThat(PeriodType.MONTH.label()).isEqualTo("Month");
    assertThat(PeriodType.QUARTER.label()).isEqualTo("Quarter");
    assertThat(PeriodType.HALF_YEAR.label()).isEqualTo("Half-year");
    assertThat(PeriodType.FINANCIAL_YEAR.label()).isEqualTo("Financial year");
    assertThat(PeriodType.values()).extracting(PeriodType::months).containsExactly(1, 3, 6, 12);
    assertThat(PeriodType.values()).extracting(PeriodType::perYear).containsExactly(12, 4, 2, 1);
  }

  @Test
  void quarterOneStartsOnTheFirstOfApril() {
    assertThat(Period.quarter(2025, 1).start()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(Period.quarter(2025, 1).end()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void quarterFourIsJanuaryToMarchOfTheFollowingCalendarYear() {
    Period q4 = Period.quarter(2025, 4);
    assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void everyQuarterAndHalfHasTheRightDates() {
    assertThat(Period.quarter(2025, 2).start()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(Period.quarter(2025, 2).end()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(Period.quarter(2025, 3).start()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(Period.quarter(2025, 3).end()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(Period.half(2025, 1).start()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(Period.half(2025, 1).end()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(Period.half(2025, 2).start()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(Period.half(2025, 2).end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(Period.year(2025).start()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(Period.year(2025).end()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void monthOneIsAprilAndMonthTwelveIsMarch() {
    assertThat(Period.month(YearMonth.of(2025, 4)))
        .isEqualTo(new Period(PeriodType.MONTH, 2025, 1));
    assertThat(Period.month(YearMonth.of(2025, 10)))
        .isEqualTo(new Period(PeriodType.MONTH, 2025, 7));
    assertThat(Period.month(YearMonth.of(2026, 1)))
        .isEqualTo(new Period(PeriodType.MONTH, 2025, 10));
    assertThat(Period.month(YearMonth.of(2026, 3)))
        .isEqualTo(new Period(PeriodType.MONTH, 2025, 12));
    assertThat(Period.month(YearMonth.of(2026, 3)).end()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void everyMonthOfTheYearMapsToItsCalendarMonthAndBack() {
    for (int fy = 2020; fy <= 2030; fy++) {
      for (int i = 1; i <= 12; i++) {
        Period month = new Period(PeriodType.MONTH, fy, i);
        YearMonth calendar = YearMonth.from(month.start());
        assertThat(Period.month(calendar)).isEqualTo(month);
        assertThat(month.end()).isEqualTo(calendar.atEndOfMonth());
        assertThat(calendar).isEqualTo(YearMonth.of(fy, 4).plusMonths(i - 1));
      }
    }
  }

  @Test
  void februaryInALeapYearIsMonthElevenAndEndsOnTheTwentyNinth() {
    Period february = Period.month(YearMonth.of(2024, 2));
    assertThat(february).hasToString("2023/24 M11");
    assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(february.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(february.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(Period.month(YearMonth.of(2025, 2)).end()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Period.containing(LocalDate.of(2024, 2, 29), PeriodType.QUARTER))
        .hasToString("2023/24 Q4");
  }

  @Test
  void theAprilBoundarySeparatesTwoFinancialYears() {
    LocalDate lastDay = LocalDate.of(2026, 3, 31);
    LocalDate firstDay = LocalDate.of(2026, 4, 1);
    for (PeriodType type : PeriodType.values()) {
      Period before = Period.containing(lastDay, type);
      Period after = Period.containing(firstDay, type);
      assertThat(before.year()).isEqualTo(2025);
      assertThat(before.index()).isEqualTo(type.perYear());
      assertThat(before.end()).isEqualTo(lastDay);
      assertThat(after.year()).isEqualTo(2026);
      assertThat(after.index()).isEqualTo(1);
      assertThat(after.start()).isEqualTo(firstDay);
      assertThat(before.next()).isEqualTo(after);
    }
  }

  @Test
  void containingFindsThePeriodForEveryDayOfAYear() {
    for (LocalDate day = LocalDate.of(2023, 4, 1);
        !day.isAfter(LocalDate.of(2024, 3, 31));
        day = day.plusDays(1)) {
      for (PeriodType type : PeriodType.values()) {
        Period period = Period.containing(day, type);
        assertThat(period.contains(day)).as("%s contains %s", period, day).isTrue();
        assertThat(period.financialYear()).isEqualTo(new FinancialYear(2023));
      }
    }
  }

  @Test
  void labelsForEveryType() {
    assertThat(Period.month(YearMonth.of(2025, 10)).label()).isEqualTo("2025/26 M07");
    assertThat(Period.month(YearMonth.of(2025, 4)).label()).isEqualTo("2025/26 M01");
    assertThat(Period.month(YearMonth.of(2026, 3)).label()).isEqualTo("2025/26 M12");
    assertThat(Period.quarter(2025, 2).label()).isEqualTo("2025/26 Q2");
    assertThat(Period.half(2025, 1).label()).isEqualTo("2025/26 H1");
    assertThat(Period.year(2025).label()).isEqualTo("2025/26");
    assertThat(Period.quarter(2025, 2)).hasToString("2025/26 Q2");
  }

  @Test
  void labelsAcrossTheCenturyUseTwoDigitsForTheSecondYear() {
    assertThat(Period.quarter(1999, 4)).hasToString("1999/00 Q4");
    assertThat(Period.month(YearMonth.of(2100, 3))).hasToString("2099/00 M12");
    assertThat(Period.year(2099)).hasToString("2099/00");
    assertThat(Period.quarter(1999, 4).end()).isEqualTo(LocalDate.of(2000, 3, 31));
  }

  @Test
  void refusesAnIndexOutsideTheYearWithAPlainMessage() {
    assertThatThrownBy(() -> Period.quarter(2025, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("There is no quarter 5 in a financial year; use 1 to 4");
    assertThatThrownBy(() -> Period.quarter(2025, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Period(PeriodType.MONTH, 2025, 13))
        .hasMessage("There is no month 13 in a financial year; use 1 to 12");
    assertThatThrownBy(() -> Period.half(2025, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Period(PeriodType.FINANCIAL_YEAR, 2025, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Period(null, 2025, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Period.year(999)).isInstanceOf(IllegalArgumentException.class);
  }
}
