package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.shared.TestPeople.named;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.report.web.ScheduleForm;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@GoldenThreadTest
@Transactional
public class ReportServiceTest {

  @Autowired ReportService reports;
  @Autowired GovernanceService governance;

  public static ReportForm form(String title, ScopeKind kind, Long id) {
    return ReportForm.covering(
        title, "Cabinet", kind, id, List.of(), List.of(), true, PeriodType.QUARTER, null);
  }

  private Body body(String name) {
    return governance.bodies().stream()
        .filter(b -> b.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aReportIsDefinedChangedAndListedByTitle() {
    long cabinet = body("Cabinet").getId();
    ReportDefinition made =
        reports.create(form("ZZ Body report", ScopeKind.BODY, cabinet), named("admin"));

    assertThat(made.getCreatedBy()).isEqualTo("admin");
    assertThat(made.getScopeId()).isEqualTo(cabinet);
    ReportForm changed =
        ReportForm.covering(
            "AA Body report",
            "Overview and Scrutiny",
            ScopeKind.BODY,
            cabinet,
            List.of(),
            List.of(),
            false,
            PeriodType.HALF_YEAR,
            made.getVersion());
    ReportDefinition updated = reports.update(made.getId(), changed);

    assertThat(updated.getAudience()).isEqualTo("Overview and Scrutiny");
    assertThat(updated.getPeriodType()).isEqualTo(PeriodType.HALF_YEAR);
    assertThat(updated.isIncludeDetail()).isFalse();
    assertThat(reports.all()).extracting(ReportDefinition::getTitle).contains("AA Body report");
  }

  @Test
  void aChangeFromAFormOpenedBeforeAnotherIsRefused() {
    ReportDefinition made =
        reports.create(form("Stale", ScopeKind.BODY, body("Cabinet").getId()), named("admin"));
    ReportForm stale =
        ReportForm.covering(
            "Stale",
            "Cabinet",
            ScopeKind.BODY,
            body("Cabinet").getId(),
            List.of(),
            List.of(),
            false,
            PeriodType.QUARTER,
            made.getVersion() + 1);

    assertThatThrownBy(() -> reports.update(made.getId(), stale))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void anEmptyChosenSetIsRefused() {
    assertThatThrownBy(
            () -> reports.create(form("Nothing", ScopeKind.CHOSEN, null), named("admin")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Choose at least one indicator or action for the report");
  }

  @Test
  void schedulesAreAddedMovedOnAndRemoved() {
    ReportDefinition made =
        reports.create(form("Scheduled", ScopeKind.BODY, body("Cabinet").getId()), named("admin"));
    ReportSchedule cabinet =
        reports.addSchedule(
            made.getId(),
            new ScheduleForm(
                body("Cabinet").getId(), Frequency.QUARTERLY, LocalDate.of(2026, 9, 14)));
    reports.addSchedule(
        made.getId(),
        new ScheduleForm(
            body("Overview and Scrutiny Committee").getId(),
            Frequency.MONTHLY,
            LocalDate.of(2026, 9, 20)));

    assertThat(reports.get(made.getId()).nextDue()).isEqualTo(LocalDate.of(2026, 9, 14));
    reports.received(made.getId(), cabinet.getId(), LocalDate.of(2026, 9, 14));
    assertThat(reports.get(made.getId()).nextDue()).isEqualTo(LocalDate.of(2026, 9, 20));
    assertThat(cabinet.getNextDue()).isEqualTo(LocalDate.of(2026, 12, 14));

    reports.removeSchedule(made.getId(), cabinet.getId());
    assertThat(reports.get(made.getId()).getSchedules())
        .extracting(s -> s.getBody().getName())
        .containsExactly("Overview and Scrutiny Committee");
  }
}
