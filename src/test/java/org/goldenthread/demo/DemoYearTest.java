package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class DemoYearTest {

  @Test
  void theYearTurnsOnTheFirstOfApril() {
    assertThat(DemoYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new DemoYear(2025));
    assertThat(DemoYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(new DemoYear(2026));
    assertThat(DemoYear.containing(LocalDate.of(2026, 11, 22))).isEqualTo(new DemoYear(2026));
    assertThat(DemoYear.containing(LocalDate.of(2027, 1, 1))).isEqualTo(new DemoYear(2026));
  }

  @Test
  void januaryToMarchFallInTheSecondCalendarYear() {
    DemoYear year = new DemoYear(2026);
    assertThat(year.on(Month.APRIL, 1)).isEqualTo(year.start());
    assertThat(year.on(Month.DECEMBER, 31)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(year.on(Month.MARCH, 31)).isEqualTo(year.end()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void isLabelledTheWayCouncilsWriteIt() {
    assertThat(new DemoYear(2026).label()).isEqualTo("2026/27");
    assertThat(new DemoYear(2026).code()).isEqualTo("2026-27");
    assertThat(new DemoYear(2099).label()).isEqualTo("2099/00");
  }

  @Test
  void theLastQuarterEndIsTheDayBeforeTheCurrentQuarterBegan() {
    assertThat(DemoYear.lastQuarterEndBefore(LocalDate.of(2026, 11, 22)))
        .isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(DemoYear.lastQuarterEndBefore(LocalDate.of(2026, 4, 1)))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(DemoYear.lastQuarterEndBefore(LocalDate.of(2027, 1, 1)))
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }
}
