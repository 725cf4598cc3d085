package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.Standing;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Returns;
import org.goldenthread.indicator.reporting.Stage;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The demo council's annual cycle as loaded: its calendar, reporting periods and returns. */
@GoldenThreadTest
@Transactional
class DemoCycleTest {

  @Autowired CalendarService calendar;
  @Autowired ReportingPeriods periods;
  @Autowired Returns returns;
  @Autowired ReportService reports;
  @Autowired GovernanceService governance;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private List<Standing> taskStandings() {
    return calendar.year(FinancialYear.of(today())).stream()
        .filter(e -> e.getKind() == EntryKind.TASK)
        .map(e -> e.standing(today()))
        .toList();
  }

  @Test
  void thisYearsCalendarHasTasksDoneDueAndExactlyOneMissed() {
    List<CalendarEntry> year = calendar.year(FinancialYear.of(today()));
    assertThat(year).hasSizeGreaterThanOrEqualTo(calendar.template().size());
    assertThat(taskStandings()).contains(Standing.DONE, Standing.DUE);
    assertThat(taskStandings()).filteredOn(s -> s == Standing.MISSED).hasSize(1);
    assertThat(year)
        .filteredOn(e -> e.getKind() == EntryKind.TASK)
        .allSatisfy(e -> assertThat(e.getOwnerPerson()).isNotNull());
    assertThat(year)
        .filteredOn(e -> e.getKind() == EntryKind.EVENT)
        .allSatisfy(e -> assertThat(e.getOwnerBody()).isNotNull());
  }

  @Test
  void theQuarterLastEndedIsOpenAndTheOneBeforeClosed() {
    Period last = Period.containing(today(), PeriodType.QUARTER).previous();
    assertThat(periods.open()).extracting(ReportingPeriod::getPeriod).containsExactly(last);
    assertThat(periods.find(last.previous()))
        .get()
        .satisfies(p -> assertThat(p.isClosed()).isTrue());
  }

  @Test
  void theOpenPeriodsReturnsAreAtEveryStageSomeLateAndOneReturned() {
    List<Return> due = returns.in(periods.open().get(0));
    Set<Stage> stages = due.stream().map(Return::stage).collect(Collectors.toSet());
    assertThat(stages).containsExactlyInAnyOrder(Stage.values());
    assertThat(due).anyMatch(Return::late);
    assertThat(due)
        .filteredOn(Return::returned)
        .extracting(Return::code)
        .containsExactly(DemoCycle.RETURNED);
  }

  @Test
  void theManagementTeamsPackGoesToAListAndTheCommitteesHaveAClerk() {
    ReportDefinition health =
        reports.all().stream()
            .filter(r -> r.getTitle().equals("Corporate health"))
            .findFirst()
            .orElseThrow();
    assertThat(health.getSchedules().get(0).getRecipients()).hasSize(3);
    assertThat(
            governance.bodies().stream()
                .filter(b -> b.getName().equals("Cabinet"))
                .flatMap(b -> governance.membersOf(b).stream())
                .filter(m -> m.getRole() == MembershipRole.CLERK))
        .hasSize(1);
  }
}
