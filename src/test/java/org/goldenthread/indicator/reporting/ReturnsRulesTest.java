package org.goldenthread.indicator.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.junit.jupiter.api.Test;

/** Which of an indicator's periods a reporting period takes, and which reporting periods clash. */
class ReturnsRulesTest {

  private static final PersonRef TEAM = PersonRef.person(1, "Performance team");

  private static Indicator collected(PeriodType frequency) {
    Indicator indicator = new Indicator("PI-1", "An indicator");
    indicator.measure(null, null, frequency, null, false, 0, null);
    return indicator;
  }

  private static List<String> due(String reporting, PeriodType frequency) {
    return Returns.periodsEndingIn(Period.parse(reporting), collected(frequency)).stream()
        .map(Period::label)
        .toList();
  }

  private static ReportingPeriod opened(String label) {
    return new ReportingPeriod(Period.parse(label), TEAM, Instant.EPOCH);
  }

  @Test
  void aQuarterTakesAMonthlyIndicatorsThreeMonths() {
    assertThat(due("2026/27 Q2", PeriodType.MONTH))
        .containsExactly("2026/27 M04", "2026/27 M05", "2026/27 M06");
  }

  @Test
  void aQuarterTakesAQuarterlyIndicatorsOwnQuarter() {
    assertThat(due("2026/27 Q3", PeriodType.QUARTER)).containsExactly("2026/27 Q3");
  }

  @Test
  void anAnnualIndicatorIsDueOnlyInTheFourthQuarter() {
    assertThat(due("2026/27 Q1", PeriodType.FINANCIAL_YEAR)).isEmpty();
    assertThat(due("2026/27 Q2", PeriodType.FINANCIAL_YEAR)).isEmpty();
    assertThat(due("2026/27 Q3", PeriodType.FINANCIAL_YEAR)).isEmpty();
    assertThat(due("2026/27 Q4", PeriodType.FINANCIAL_YEAR)).containsExactly("2026/27");
  }

  @Test
  void aHalfYearIndicatorIsDueInTheSecondAndFourthQuarters() {
    assertThat(due("2026/27 Q1", PeriodType.HALF_YEAR)).isEmpty();
    assertThat(due("2026/27 Q2", PeriodType.HALF_YEAR)).containsExactly("2026/27 H1");
    assertThat(due("2026/27 Q3", PeriodType.HALF_YEAR)).isEmpty();
    assertThat(due("2026/27 Q4", PeriodType.HALF_YEAR)).containsExactly("2026/27 H2");
  }

  @Test
  void aMonthTakesOnlyAMonthlyIndicator() {
    assertThat(due("2026/27 M06", PeriodType.MONTH)).containsExactly("2026/27 M06");
    assertThat(due("2026/27 M06", PeriodType.QUARTER)).containsExactly("2026/27 Q2");
    assertThat(due("2026/27 M05", PeriodType.QUARTER)).isEmpty();
  }

  @Test
  void aYearTakesEveryPeriodOfTheYear() {
    assertThat(due("2026/27", PeriodType.QUARTER))
        .containsExactly("2026/27 Q1", "2026/27 Q2", "2026/27 Q3", "2026/27 Q4");
    assertThat(due("2026/27", PeriodType.MONTH)).hasSize(12).startsWith("2026/27 M01");
    assertThat(due("2026/27", PeriodType.FINANCIAL_YEAR)).containsExactly("2026/27");
  }

  @Test
  void theFourthQuarterEndsAtTheAprilBoundaryNotTheCalendarYear() {
    assertThat(due("2026/27 Q4", PeriodType.MONTH))
        .containsExactly("2026/27 M10", "2026/27 M11", "2026/27 M12");
    assertThat(Period.parse("2026/27 M12").end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(due("2027/28 Q1", PeriodType.MONTH))
        .containsExactly("2027/28 M01", "2027/28 M02", "2027/28 M03");
    assertThat(due("2027/28 Q1", PeriodType.FINANCIAL_YEAR)).isEmpty();
  }

  @Test
  void aReportingPeriodCoversThePeriodsEndingWithinIt() {
    ReportingPeriod q4 = opened("2026/27 Q4");
    assertThat(q4.covers(Period.parse("2026/27"))).isTrue();
    assertThat(q4.covers(Period.parse("2026/27 H2"))).isTrue();
    assertThat(q4.covers(Period.parse("2026/27 M12"))).isTrue();
    assertThat(q4.covers(Period.parse("2026/27 Q3"))).isFalse();
    assertThat(q4.covers(Period.parse("2027/28 M01"))).isFalse();
  }

  @Test
  void periodsSharingAnyMonthOverlap() {
    ReportingPeriod q2 = opened("2026/27 Q2");
    assertThat(q2.overlaps(Period.parse("2026/27 Q2"))).isTrue();
    assertThat(q2.overlaps(Period.parse("2026/27 M05"))).isTrue();
    assertThat(q2.overlaps(Period.parse("2026/27 H1"))).isTrue();
    assertThat(q2.overlaps(Period.parse("2026/27"))).isTrue();
    assertThat(q2.overlaps(Period.parse("2026/27 Q1"))).isFalse();
    assertThat(q2.overlaps(Period.parse("2026/27 Q3"))).isFalse();
    assertThat(q2.overlaps(Period.parse("2026/27 M07"))).isFalse();
    assertThat(opened("2026/27 Q4").overlaps(Period.parse("2027/28 M01"))).isFalse();
    assertThat(opened("2026/27 Q4").overlaps(Period.parse("2026/27 M12"))).isTrue();
  }

  @Test
  void thePeriodsOfferedAreRecentAndComingOnesTheLatestFirst() {
    List<PeriodChoices.Group> groups = PeriodChoices.around(LocalDate.of(2026, 12, 2));
    PeriodChoices.Group quarters = groups.get(0);
    assertThat(quarters.type()).isEqualTo(PeriodType.QUARTER);
    assertThat(quarters.periods())
        .extracting(Period::label)
        .containsExactly(
            "2026/27 Q4", "2026/27 Q3", "2026/27 Q2", "2026/27 Q1", "2025/26 Q4", "2025/26 Q3");
    assertThat(PeriodChoices.suggested(LocalDate.of(2026, 12, 2)).label()).isEqualTo("2026/27 Q2");
    assertThat(PeriodChoices.suggested(LocalDate.of(2026, 4, 1)).label()).isEqualTo("2025/26 Q4");
  }
}
