package org.goldenthread.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.goldenthread.period.FinancialYear;
import org.junit.jupiter.api.Test;

class TemplateDateTest {

  private static final FinancialYear Y2026 = new FinancialYear(2026);
  private static final FinancialYear Y2027 = new FinancialYear(2027);

  @Test
  void aprilToDecemberFallInTheFirstYearJanuaryToMarchInTheNext() {
    assertThat(new TemplateDate(4, 1).in(Y2026)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(new TemplateDate(12, 31).in(Y2026)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(new TemplateDate(1, 1).in(Y2026)).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(new TemplateDate(3, 31).in(Y2026)).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void the29thOfFebruaryIsKeptInALeapYearAndIsThe28thInACommonOne() {
    // 2027/28 ends in 2028, a leap year; 2026/27 in 2027, a common one.
    assertThat(new TemplateDate(2, 29).in(Y2027)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(new TemplateDate(2, 29).in(Y2026)).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void aDayPastTheMonthsEndIsAProblemNamedForTheOfficer() {
    assertThat(TemplateDate.problem(4, 31)).hasValue("April has 30 days, so there is no 31 April");
    assertThat(TemplateDate.problem(2, 30))
        .hasValue("February has at most 29 days, so there is no 30 February");
    assertThat(TemplateDate.problem(2, 29)).isEmpty();
    assertThat(TemplateDate.problem(null, 1)).hasValue("Choose a month");
    assertThat(TemplateDate.problem(5, 0)).hasValue("Enter the day of the month, from 1");
    assertThat(TemplateDate.problem(13, 1)).hasValue("Choose a month");
  }

  @Test
  void theYearIsOrderedFromAprilToMarch() {
    assertThat(new TemplateDate(3, 1).isAfter(new TemplateDate(4, 1))).isTrue();
    assertThat(new TemplateDate(4, 1).isAfter(new TemplateDate(3, 31))).isFalse();
    assertThat(new TemplateDate(10, 31).isAfter(new TemplateDate(10, 1))).isTrue();
    assertThat(new TemplateDate(10, 1).isAfter(new TemplateDate(10, 1))).isFalse();
  }

  @Test
  void aMonthOrDayOutOfAnyRangeIsRefused() {
    assertThatThrownBy(() -> new TemplateDate(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TemplateDate(1, 32)).isInstanceOf(IllegalArgumentException.class);
  }
}
