package org.goldenthread.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.shared.TestPeople.named;

import jakarta.persistence.EntityManager;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.report.web.ScheduleForm;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Publishing freezes a report: later corrections are marked on it, never change it. */
@GoldenThreadTest
@Transactional
class PublishingTest {

  @Autowired ReportFixtures make;
  @Autowired EntityManager entities;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired PublishingService publishing;
  @Autowired DataEntry dataEntry;
  @Autowired Figures figures;
  @Autowired IndicatorService indicators;
  @Autowired ActionService actions;
  @Autowired JdbcTemplate jdbc;

  Body board;
  Indicator red;
  Indicator green;
  Period p;
  ReportDefinition report;

  /** A board with a red indicator (40 of 100), a green one (12 of 10) and a red action. */
  @BeforeEach
  void aBoardsReport() {
    p = make.reportedQuarter();
    board = make.body();
    FrameworkItem item = make.item(board, null);
    red = make.indicator(ReportFixtures.unique("PR"), item);
    make.target(red, p, "100");
    make.value(red, p, "40", "Two posts vacant", "Agency staff from May");
    green = make.indicator(ReportFixtures.unique("PG"), item);
    make.target(green, p, "10");
    make.value(green, p, "12", null, null);
    Action late =
        make.action(
            ReportFixtures.unique("PL"), item, p.start().minusMonths(6), p.start().plusDays(5));
    make.update(late, p, Brag.RED, 60, null);
    report =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Board report"), ScopeKind.BODY, board.getId()),
            named("admin"));
    reports.addSchedule(
        report.getId(), new ScheduleForm(board.getId(), Frequency.QUARTERLY, TestClock.TODAY));
  }

  @Test
  void theSnapshotIsTheWholeReportAndReadsBackUnchanged() {
    PublishedReport published =
        publishing.publish(report.getId(), p, board.getId(), named("director"));

    ReportSnapshot read = publishing.snapshot(published);
    assertThat(read).isEqualTo(ReportSnapshot.of(builder.build(report, p), figures));
    assertThat(read.indicatorSummary().row(Status.RED.label()).count()).isEqualTo(1);
    assertThat(read.indicatorSummary().row(Status.GREEN.label()).shareText()).isEqualTo("50.0%");
    assertThat(read.indicatorExceptions())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(red.getCode());
              assertThat(e.actualText()).isEqualTo("40");
              assertThat(e.commentary()).isEqualTo("Two posts vacant");
              assertThat(e.remedialAction()).isEqualTo("Agency staff from May");
            });
    assertThat(read.actionExceptions()).singleElement().extracting("status").isEqualTo(Brag.RED);
    assertThat(read.detail()).hasSize(2).allSatisfy(l -> assertThat(l.chart()).contains("<svg"));
    assertThat(published.getBody()).isEqualTo(board);
    assertThat(published.getPublishedBy()).isEqualTo("director");
    assertThat(published.getPeriod()).isEqualTo(p.label());
  }

  @Test
  void aCorrectionAfterPublicationIsMarkedButDoesNotChangeThePublishedReport() {
    PublishedReport published = publishing.publish(report.getId(), p, null, named("director"));
    ReportSnapshot before = publishing.snapshot(published);

    dataEntry.enter(
        red,
        p,
        new ValueForm("120", null, null, null, null, "Late returns added", null),
        named("admin"),
        false);

    ReportSnapshot after = publishing.snapshot(publishing.get(published.getId()));
    assertThat(after).isEqualTo(before);
    assertThat(after.indicatorSummary().row(Status.RED.label()).count()).isEqualTo(1);
    assertThat(after.indicatorExceptions().get(0).actual()).isEqualByComparingTo("40");
    assertThat(publishing.corrections(published, after))
        .containsExactly(
            new PublishingService.Correction(
                red.getId(), red.getCode(), red.getTitle(), "40", "120"));
    assertThat(builder.build(report, p).indicatorExceptions()).isEmpty();
  }

  @Test
  void aReportIsPublishedOncePerPeriodAndOnlyToABodyOnItsSchedule() {
    publishing.publish(report.getId(), p, null, named("director"));

    assertThatThrownBy(() -> publishing.publish(report.getId(), p, null, named("admin")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("already published on")
        .hasMessageContaining("by director");
    Body other = make.body();
    assertThatThrownBy(
            () -> publishing.publish(report.getId(), p.previous(), other.getId(), named("admin")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("Choose a body that receives this report on its schedule.");
    assertThat(publishing.publish(report.getId(), p.previous(), null, named("admin")).getPeriod())
        .isEqualTo(p.previous().label());
  }

  @Test
  void publishedReportsAreListedPerBodyAndPeriodNewestFirst() {
    PublishedReport older =
        publishing.publish(report.getId(), p.previous(), board.getId(), named("a"));
    PublishedReport newer = publishing.publish(report.getId(), p, board.getId(), named("a"));

    assertThat(publishing.list(board.getId(), null, null)).containsExactly(newer, older);
    assertThat(publishing.list(board.getId(), p.label(), null)).containsExactly(newer);
    assertThat(publishing.list(null, null, report.getId())).containsExactly(newer, older);
    assertThat(publishing.grouped(board.getId(), null, null))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.body()).isEqualTo(board.getName());
              assertThat(g.periods())
                  .extracting(PublishingService.PeriodGroup::period)
                  .containsExactly(p.label(), p.previous().label());
            });
    assertThat(publishing.of(report.getId())).containsExactlyInAnyOrder(newer, older);
  }

  /**
   * Every indicator and action the council has, chosen one by one, with detail and a chart for
   * each: the demo's, and 120 more that are red with the longest commentary and remedial action
   * allowed, standing in for a council with several hundred indicators. The snapshot is well over
   * the million characters the column first had room for, and is kept and read back whole.
   */
  @Test
  void aReportTooLongForTheFirstSnapshotColumnIsPublishedWhole() {
    FrameworkItem item = make.item(board, null);
    for (int n = 0; n < 120; n++) {
      Indicator i = make.indicator(ReportFixtures.unique("PB"), item);
      make.target(i, p, "100");
      make.value(i, p, "40", "Why it is off target. ".repeat(180), "What is done. ".repeat(280));
    }
    ReportDefinition everything =
        reports.create(
            ReportForm.covering(
                ReportFixtures.unique("Everything"),
                "Cabinet",
                ScopeKind.CHOSEN,
                null,
                indicators.all().stream().map(Indicator::getId).toList(),
                actions.all().stream().map(Action::getId).toList(),
                true,
                PeriodType.QUARTER,
                null),
            named("admin"));

    PublishedReport published = publishing.publish(everything.getId(), p, null, named("director"));

    // Ids come from a sequence, so the row is written at the flush, not when it is saved: the
    // plain query below would not see it before.
    entities.flush();
    String stored =
        jdbc.queryForObject(
            "select snapshot from published_report where id = ?", String.class, published.getId());
    assertThat(stored.length()).isGreaterThan(1_000_000);
    ReportSnapshot read = publishing.snapshot(publishing.get(published.getId()));
    assertThat(read.detail()).hasSize(indicators.all().size());
    assertThat(read).isEqualTo(ReportSnapshot.of(builder.build(everything, p), figures));
  }
}
