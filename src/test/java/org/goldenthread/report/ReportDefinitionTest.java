package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.shared.TestPeople.named;

import java.time.LocalDate;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReportDefinitionTest {

  private static ReportDefinition report() {
    ReportDefinition r = new ReportDefinition(named("admin"));
    r.describe("Quarterly report", "Cabinet", false, null);
    return r;
  }

  @ParameterizedTest(name = "{0} after {1} is {2}")
  @CsvSource({
    "MONTHLY, 2026-07-14, 2026-08-14",
    "QUARTERLY, 2026-07-14, 2026-10-14",
    "HALF_YEARLY, 2026-07-14, 2027-01-14",
    "ANNUAL, 2026-07-14, 2027-07-14",
    "MONTHLY, 2027-01-31, 2027-02-28",
    "MONTHLY, 2028-01-31, 2028-02-29",
    "QUARTERLY, 2026-11-30, 2027-02-28",
    "ANNUAL, 2028-02-29, 2029-02-28",
    "QUARTERLY, 2026-12-15, 2027-03-15"
  })
  void nextDueIsOneIntervalAfterTheMeetingOnTheSameDayOrTheMonthsLast(
      Frequency frequency, LocalDate meeting, LocalDate next) {
    assertThat(frequency.after(meeting)).isEqualTo(next);
  }

  @Test
  void aMeetingMovesTheScheduleOn() {
    ReportDefinition r = report();
    ReportSchedule s =
        r.scheduleFor(
            new Body("Cabinet", BodyType.CABINET), Frequency.QUARTERLY, LocalDate.of(2026, 7, 14));

    s.received(LocalDate.of(2026, 7, 21));

    assertThat(s.getNextDue()).isEqualTo(LocalDate.of(2026, 10, 21));
    assertThat(r.nextDue()).isEqualTo(LocalDate.of(2026, 10, 21));
  }

  @Test
  void nextDueIsTheEarliestOfItsSchedulesAndNoneWithoutSchedules() {
    ReportDefinition r = report();
    assertThat(r.nextDue()).isNull();
    r.scheduleFor(
        new Body("Cabinet", BodyType.CABINET), Frequency.QUARTERLY, LocalDate.of(2026, 9, 1));
    r.scheduleFor(
        new Body("CMT", BodyType.OFFICER_BOARD), Frequency.MONTHLY, LocalDate.of(2026, 8, 3));

    assertThat(r.nextDue()).isEqualTo(LocalDate.of(2026, 8, 3));
  }

  @Test
  void aBodyReceivesAReportOnce() {
    ReportDefinition r = report();
    Body cabinet = new Body("Cabinet", BodyType.CABINET);
    r.scheduleFor(cabinet, Frequency.QUARTERLY, LocalDate.of(2026, 9, 1));

    assertThatThrownBy(() -> r.scheduleFor(cabinet, Frequency.MONTHLY, LocalDate.of(2026, 9, 1)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Cabinet already receives this report: remove that schedule first");
  }

  @Test
  void theReportIsQuarterlyUnlessSaidOtherwise() {
    assertThat(report().getPeriodType()).isEqualTo(PeriodType.QUARTER);
  }

  @ParameterizedTest
  @EnumSource(
      value = ScopeKind.class,
      names = {"CHOSEN", "CORPORATE_HEALTH"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyKindButAChosenSetAndCorporateHealthNamesItsRecord(ScopeKind kind) {
    ReportDefinition r = report();

    assertThatThrownBy(() -> r.cover(kind, null, Set.of(), Set.of()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageStartingWith("Choose which ")
        .hasMessageEndingWith(" the report covers");

    r.cover(kind, 42L, Set.of(), Set.of());
    assertThat(r.getScopeKind()).isEqualTo(kind);
    assertThat(r.getScopeId()).isEqualTo(42L);
  }

  @Test
  void aChosenSetNeedsAtLeastOneIndicatorOrAction() {
    ReportDefinition r = report();

    assertThatThrownBy(() -> r.cover(ScopeKind.CHOSEN, null, Set.of(), Set.of()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Choose at least one indicator or action for the report");
  }

  @Test
  void aChosenSetKeepsNoSingleRecordAndAnotherKindDropsTheChoices() {
    ReportDefinition r = report();
    Action action = new Action("A-1", "An action", null, null);

    r.cover(ScopeKind.CHOSEN, 7L, Set.<Indicator>of(), Set.of(action));
    assertThat(r.getScopeId()).isNull();
    assertThat(r.getChosenActions()).containsExactly(action);

    r.cover(ScopeKind.PLAN, 7L, Set.<Indicator>of(), Set.of(action));
    assertThat(r.getChosenActions()).isEmpty();
  }

  @Test
  void theCorporateHealthIndicatorsNeedNoRecordAndKeepNoChoices() {
    ReportDefinition r = report();
    Action action = new Action("A-1", "An action", null, null);
    r.cover(ScopeKind.CHOSEN, null, Set.<Indicator>of(), Set.of(action));

    r.cover(ScopeKind.CORPORATE_HEALTH, 7L, Set.<Indicator>of(), Set.of(action));

    assertThat(r.getScopeKind()).isEqualTo(ScopeKind.CORPORATE_HEALTH);
    assertThat(r.getScopeId()).isNull();
    assertThat(r.getChosenActions()).isEmpty();
  }

  @Test
  void aKindMustBeChosen() {
    assertThatThrownBy(() -> report().cover(null, 1L, Set.of(), Set.of()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Choose what the report covers");
  }
}
