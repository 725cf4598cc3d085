package org.goldenthread.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  @Test
  void thirtyFirstOfMarchIsTheLastDayOfTheYearAndFirstOfAprilStartsTheNext() {
    assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FinancialYear(2025));
    assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialYear(2026));
    assertThat(FinancialYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(new FinancialYear(2025));
    assertThat(FinancialYear.of(LocalDate.of(2025, 12, 31))).isEqualTo(new FinancialYear(2025));
  }

  @Test
  void runsFromFirstOfAprilToThirtyFirstOfMarch() {
    FinancialYear year = new FinancialYear(2025);
    assertThat(year.start()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(year.contains(LocalDate.of(2025, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 3, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void leapYearsEndOnTheThirtyFirstOfMarchAsUsual() {
    assertThat(new FinancialYear(2023).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FinancialYear.of(LocalDate.of(2024, 2, 29))).isEqualTo(new FinancialYear(2023));
  }

  @Test
  void labelHasATwoDigitSecondYearEvenAcrossACentury() {
    assertThat(new FinancialYear(2025)).hasToString("2025/26");
    assertThat(new FinancialYear(1999).label()).isEqualTo("1999/00");
    assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
    assertThat(new FinancialYear(2000).label()).isEqualTo("2000/01");
    assertThat(new FinancialYear(2009).label()).isEqualTo("2009/10");
  }

  @Test
  void parsesItsOwnLabelsForEveryYearAcrossTwoCenturyTurns() {
    for (int start = 1990; start <= 2110; start++) {
      FinancialYear year = new FinancialYear(start);
      assertThat(FinancialYear.parse(year.label())).isEqualTo(year);
      assertThat(FinancialYear.parse("  " + year.label() + " ")).isEqualTo(year);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025/27",
        "2025/25",
        "2025/2026",
        "2025-26",
        "25/26",
        "2025",
        "2025/6",
        "2025 /26",
        "1999/2000",
        "0999/00",
        "9999/00",
        "2025/26 Q1",
        "FY2025/26"
      })
  void refusesAnythingButAFourDigitYearSlashTheNextYearsLastTwoDigits(String text) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage("‘" + text.strip() + "’ is not a financial year. Use a label like 2025/26.");
  }

  @Test
  void aBlankLabelIsReportedAsMissing() {
    assertThatThrownBy(() -> FinancialYear.parse("  "))
        .hasMessage("No financial year was given. Use a label like 2025/26.");
    assertThatThrownBy(() -> FinancialYear.parse(null)).isInstanceOf(PeriodFormatException.class);
  }

  @Test
  void stepsAndOrdersByStartYear() {
    assertThat(new FinancialYear(2025).next()).isEqualTo(new FinancialYear(2026));
    assertThat(new FinancialYear(2025).previous()).isEqualTo(new FinancialYear(2024));
    assertThat(new FinancialYear(2024)).isLessThan(new FinancialYear(2025));
  }

  @Test
  void refusesYearsThatCannotBeWrittenWithFourDigits() {
    assertThatThrownBy(() -> new FinancialYear(999)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FinancialYear(9999)).isInstanceOf(IllegalArgumentException.class);
  }
}
