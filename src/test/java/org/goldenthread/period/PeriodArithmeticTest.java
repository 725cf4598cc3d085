package org.goldenthread.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Containment, stepping, finer and coarser periods, and ordering. */
class PeriodArithmeticTest {

  private static Period m(int year, int index) {
    return new Period(PeriodType.MONTH, year, index);
  }

  private static List<Period> allPeriods(int fromYear, int toYear) {
    List<Period> periods = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      for (PeriodType type : PeriodType.values()) {
        for (int index = 1; index <= type.perYear(); index++) {
          periods.add(new Period(type, year, index));
        }
      }
    }
    return periods;
  }

  @Test
  void aPeriodContainsItself() {
    for (Period period : allPeriods(2025, 2025)) {
      assertThat(period.contains(period)).isTrue();
    }
  }

  @Test
  void quarterTwoContainsJulyToSeptemberOnly() {
    Period q2 = Period.quarter(2025, 2);
    assertThat(q2.contains(m(2025, 4))).isTrue();
    assertThat(q2.contains(m(2025, 5))).isTrue();
    assertThat(q2.contains(m(2025, 6))).isTrue();
    assertThat(q2.contains(m(2025, 3))).isFalse();
    assertThat(q2.contains(m(2025, 7))).isFalse();
    assertThat(q2.contains(m(2024, 5))).isFalse();
    assertThat(q2.contains(Period.half(2025, 1))).isFalse();
  }

  @Test
  void halfOneContainsQuartersOneAndTwoAndTheirMonths() {
    Period h1 = Period.half(2025, 1);
    assertThat(h1.contains(Period.quarter(2025, 1))).isTrue();
    assertThat(h1.contains(Period.quarter(2025, 2))).isTrue();
    assertThat(h1.contains(Period.quarter(2025, 3))).isFalse();
    for (int i = 1; i <= 12; i++) {
      assertThat(h1.contains(m(2025, i))).as("H1 contains M%02d", i).isEqualTo(i <= 6);
    }
  }

  @Test
  void theYearContainsEverythingInItAndNothingFromTheYearsEitherSide() {
    Period year = Period.year(2025);
    for (Period period : allPeriods(2024, 2026)) {
      assertThat(year.contains(period))
          .as("%s contains %s", year, period)
          .isEqualTo(period.year() == 2025);
    }
  }

  @Test
  void containsAgreesWithEnclosingForEveryPairOfPeriods() {
    List<Period> periods = allPeriods(2024, 2026);
    for (Period outer : periods) {
      for (Period inner : periods) {
        boolean expected =
            inner.type().months() <= outer.type().months()
                && inner.enclosing(outer.type()).equals(outer);
        assertThat(outer.contains(inner)).as("%s contains %s", outer, inner).isEqualTo(expected);
      }
    }
  }

  @Test
  void containsDatesFromFirstToLastDayInclusive() {
    Period q4 = Period.quarter(2025, 4);
    assertThat(q4.contains(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(q4.contains(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(q4.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(q4.contains(LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void previousAndNextCrossTheAprilYearBoundary() {
    assertThat(m(2025, 1).previous()).isEqualTo(m(2024, 12));
    assertThat(m(2024, 12).next()).isEqualTo(m(2025, 1));
    assertThat(Period.quarter(2025, 1).previous()).isEqualTo(Period.quarter(2024, 4));
    assertThat(Period.quarter(2024, 4).next()).isEqualTo(Period.quarter(2025, 1));
    assertThat(Period.half(2025, 1).previous()).isEqualTo(Period.half(2024, 2));
    assertThat(Period.half(2025, 2).next()).isEqualTo(Period.half(2026, 1));
    assertThat(Period.year(2025).previous()).isEqualTo(Period.year(2024));
    assertThat(Period.year(2025).next()).isEqualTo(Period.year(2026));
  }

  @Test
  void decemberToJanuaryStaysInTheSameFinancialYear() {
    assertThat(m(2025, 9).next()).isEqualTo(m(2025, 10));
    assertThat(m(2025, 9).next()).hasToString("2025/26 M10");
    assertThat(Period.quarter(2025, 3).next()).hasToString("2025/26 Q4");
  }

  @Test
  void nextStartsTheDayAfterEachPeriodEndsAndPreviousUndoesIt() {
    for (Period period : allPeriods(1999, 2001)) {
      assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
      assertThat(period.next().previous()).isEqualTo(period);
      assertThat(period.previous().next()).isEqualTo(period);
      assertThat(period.next().type()).isEqualTo(period.type());
    }
  }

  @Test
  void sameLastYearIsTheSamePeriodTwelveMonthsEarlier() {
    assertThat(Period.quarter(2025, 2).sameLastYear()).isEqualTo(Period.quarter(2024, 2));
    assertThat(m(2025, 1).sameLastYear()).hasToString("2024/25 M01");
    assertThat(Period.year(2000).sameLastYear()).hasToString("1999/00");
    for (Period period : allPeriods(2024, 2024)) {
      assertThat(period.sameLastYear().start()).isEqualTo(period.start().minusYears(1));
    }
  }

  @Test
  void sameLastYearForALeapFebruaryEndsOnTheTwentyEighth() {
    Period february2024 = m(2023, 11);
    assertThat(february2024.sameLastYear().end()).isEqualTo(LocalDate.of(2023, 2, 28));
  }

  @Test
  void withinListsTheFinerPeriodsInOrder() {
    assertThat(Period.quarter(2025, 2).within(PeriodType.MONTH))
        .containsExactly(m(2025, 4), m(2025, 5), m(2025, 6));
    assertThat(Period.half(2025, 2).within(PeriodType.QUARTER))
        .containsExactly(Period.quarter(2025, 3), Period.quarter(2025, 4));
    assertThat(Period.year(2025).within(PeriodType.HALF_YEAR))
        .containsExactly(Period.half(2025, 1), Period.half(2025, 2));
    assertThat(Period.year(2025).within(PeriodType.MONTH))
        .hasSize(12)
        .startsWith(m(2025, 1))
        .endsWith(m(2025, 12))
        .isSorted();
    assertThat(Period.quarter(2025, 2).within(PeriodType.QUARTER))
        .containsExactly(Period.quarter(2025, 2));
  }

  @Test
  void withinCoversThePeriodDayForDayWithoutGaps() {
    for (Period period : allPeriods(2023, 2023)) {
      for (PeriodType finer : PeriodType.values()) {
        if (finer.months() > period.type().months()) {
          continue;
        }
        List<Period> parts = period.within(finer);
        assertThat(parts.get(0).start()).isEqualTo(period.start());
        assertThat(parts.get(parts.size() - 1).end()).isEqualTo(period.end());
        for (int i = 1; i < parts.size(); i++) {
          assertThat(parts.get(i)).isEqualTo(parts.get(i - 1).next());
        }
      }
    }
  }

  @Test
  void withinRefusesACoarserType() {
    assertThatThrownBy(() -> Period.quarter(2025, 2).within(PeriodType.HALF_YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A quarter has no half-year inside it");
  }

  @Test
  void enclosingFindsTheCoarserPeriod() {
    Period october = m(2025, 7);
    assertThat(october.enclosing(PeriodType.QUARTER)).hasToString("2025/26 Q3");
    assertThat(october.enclosing(PeriodType.HALF_YEAR)).hasToString("2025/26 H2");
    assertThat(october.enclosing(PeriodType.FINANCIAL_YEAR)).hasToString("2025/26");
    assertThat(october.enclosing(PeriodType.MONTH)).isEqualTo(october);
    assertThat(m(2025, 12).enclosing(PeriodType.QUARTER)).hasToString("2025/26 Q4");
    assertThat(m(2025, 6).enclosing(PeriodType.HALF_YEAR)).hasToString("2025/26 H1");
    assertThat(Period.quarter(2025, 3).enclosing(PeriodType.HALF_YEAR)).hasToString("2025/26 H2");
  }

  @Test
  void enclosingRefusesAFinerType() {
    assertThatThrownBy(() -> Period.half(2025, 1).enclosing(PeriodType.MONTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A half-year does not fit inside one month");
  }

  @Test
  void ordersByStartThenShortestFirst() {
    List<Period> expected =
        List.of(
            Period.year(2024),
            Period.half(2024, 2),
            Period.quarter(2024, 4),
            m(2024, 12),
            m(2025, 1),
            Period.quarter(2025, 1),
            Period.half(2025, 1),
            Period.year(2025),
            m(2025, 2),
            m(2025, 3),
            m(2025, 4),
            Period.quarter(2025, 2));
    List<Period> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void orderingIsConsistentWithEquals() {
    List<Period> periods = allPeriods(2024, 2025);
    for (Period a : periods) {
      for (Period b : periods) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      }
    }
  }
}
