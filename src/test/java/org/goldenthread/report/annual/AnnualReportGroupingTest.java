package org.goldenthread.report.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportSummary;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** How the annual report groups indicators under priorities and counts them. */
class AnnualReportGroupingTest {

  static final FinancialYear YEAR = new FinancialYear(2025);
  static final AnnualReport.Priority P1 = new AnnualReport.Priority(101, "P1", "Jobs");
  static final AnnualReport.Priority P2 = new AnnualReport.Priority(102, "P2", "Homes");
  static final AnnualReport.Priority P3 = new AnnualReport.Priority(103, "P3", "Streets");

  private static AnnualReport.Line line(long id, Status status) {
    Indicator indicator = new Indicator("PI-" + id, "Indicator " + id);
    ReflectionTestUtils.setField(indicator, "id", id);
    return new AnnualReport.Line(
        indicator,
        null,
        new IndicatorCalculator.Result(
            Period.year(2025), BigDecimal.ONE, BigDecimal.ONE, status, null, null),
        null);
  }

  private static AnnualReport report(List<AnnualReport.Line> lines, Map<Long, Set<Long>> serves) {
    return AnnualReport.of(
        YEAR,
        lines,
        List.of(P1, P2, P3),
        serves,
        Map.of(1L, Status.RED, 2L, Status.GREEN, 3L, Status.AMBER));
  }

  @Test
  void anIndicatorServingTwoPrioritiesIsListedUnderEachButCountedOnce() {
    AnnualReport r =
        report(
            List.of(line(1, Status.GREEN), line(2, Status.RED)),
            Map.of(1L, Set.of(101L, 102L), 2L, Set.of(102L)));
    assertThat(r.groups()).extracting(AnnualReport.Group::code).containsExactly("P1", "P2");
    assertThat(r.groups().get(1).lines()).hasSize(2);
    assertThat(r.summary().total()).isEqualTo(2);
    assertThat(r.summary().row("Green").count()).isEqualTo(1);
    assertThat(r.summary().row("Red").count()).isEqualTo(1);
    assertThat(r.summary().row("Green").previous()).isEqualTo(1);
    assertThat(r.lines()).hasSize(2);
  }

  @Test
  void anIndicatorServingNoPriorityIsUnderOtherIndicatorsLast() {
    AnnualReport r =
        report(
            List.of(line(1, Status.GREEN), line(3, Status.NO_DATA)),
            Map.of(1L, Set.of(103L, 999L)));
    assertThat(r.groups())
        .extracting(AnnualReport.Group::heading)
        .containsExactly("P3 Streets", "Other indicators");
    assertThat(r.groups().get(1).anchor()).isEqualTo("other-indicators");
    assertThat(r.groups().get(0).anchor()).isEqualTo("priority-p3");
    assertThat(r.groups().get(1).summary().row("No data").count()).isEqualTo(1);
  }

  @Test
  void noPublishedIndicatorsGiveAnEmptyReportWithoutShares() {
    AnnualReport r = report(List.of(), Map.of());
    assertThat(r.groups()).isEmpty();
    assertThat(r.summary().total()).isZero();
    assertThat(r.summary().row("Green").shareText()).isEqualTo(ReportSummary.NO_SHARE);
    assertThat(r.yearCode()).isEqualTo("2025-26");
  }
}
