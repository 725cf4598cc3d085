package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.Brag;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.PlanService;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.ReportSummary.Row;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Reports built from a small council made for each test, counted by hand. */
@GoldenThreadTest
@Transactional
class ReportBuilderTest {

  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired Scorecard scorecard;
  @Autowired PlanService plans;

  private Period p;
  private Period before;
  private Body board;
  private Indicator onTarget;
  private Indicator amber;
  private Indicator halfway;
  private Indicator farOff;
  private Action slipping;
  private Action lateRed;
  private Action unassessed;
  private Action redOnTime;

  /**
   * Indicators (target 100 unless said, 10% tolerance, higher is better), this quarter / the one
   * before: on target 100 Green / 50 Red; amber 95 Amber / 100 Green; halfway 50 Red / 95 Amber;
   * far off 4 of 10 Red / nothing (No data); data only 7 without a target twice; never entered No
   * data twice; and one measuring nothing of the board's, out of scope.
   *
   * <p>Actions, as at this quarter's end / the one before: slipping Amber / Green; late Red and
   * overdue / Green; unassessed none / none; done Blue / Blue; red on time Red / none; one
   * delivering nothing of the board's, out of scope.
   */
  @BeforeEach
  void council() {
    p = make.reportedQuarter();
    before = p.previous();
    board = make.body();
    FrameworkItem top = make.item(board, null);
    FrameworkItem beneath = make.item(null, top);
    FrameworkItem elsewhere = make.item(null, null);

    onTarget = measured("G", beneath, "100", "100", "50");
    amber = measured("A", top, "100", "95", "100");
    halfway = measured("R", beneath, "100", "50", "95");
    farOff = measured("F", top, "10", "4", null);
    measured("D", top, null, "7", "7");
    measured("N", beneath, "100", null, null);
    measured("OUT", elsewhere, "100", "1", "1");

    LocalDate start = before.start().minusMonths(6);
    LocalDate far = p.end().plusYears(3);
    slipping = make.action(ReportFixtures.unique("SLIP"), beneath, start, far);
    make.update(slipping, before, Brag.GREEN, 40, null);
    make.update(slipping, p, Brag.AMBER, 45, null);
    lateRed = make.action(ReportFixtures.unique("LATE"), top, start, p.start().plusDays(10));
    make.update(lateRed, before, Brag.GREEN, 80, null);
    make.update(lateRed, p, Brag.RED, 85, null);
    unassessed = make.action(ReportFixtures.unique("NONE"), beneath, start, far);
    Action done = make.action(ReportFixtures.unique("DONE"), top, start, far);
    make.update(done, before, Brag.BLUE, 100, before.start().plusDays(1));
    redOnTime = make.action(ReportFixtures.unique("RED"), top, start, far);
    make.update(redOnTime, p, Brag.RED, 10, null);
    Action outside = make.action(ReportFixtures.unique("OUT"), elsewhere, start, far);
    make.update(outside, p, Brag.RED, 10, null);
  }

  private Indicator measured(
      String name, FrameworkItem item, String target, String now, String earlier) {
    Indicator indicator = make.indicator(ReportFixtures.unique("PI" + name), item);
    if (target != null) {
      make.target(indicator, p, target);
      make.target(indicator, before, target);
    }
    if (now != null) {
      make.value(indicator, p, now, "Said of " + name, "Done about " + name);
    }
    if (earlier != null) {
      make.value(indicator, before, earlier, null, null);
    }
    return indicator;
  }

  private Report boardReport(boolean detail) {
    ReportForm form = ReportServiceTest.form("Board report", ScopeKind.BODY, board.getId());
    ReportDefinition d = reports.create(form, named("admin"));
    if (!detail) {
      ReportForm plain =
          ReportForm.covering(
              form.title(),
              form.audience(),
              form.scopeKind(),
              board.getId(),
              List.of(),
              List.of(),
              false,
              PeriodType.QUARTER,
              d.getVersion());
      d = reports.update(d.getId(), plain);
    }
    return builder.build(d, p);
  }

  @Test
  void indicatorSummaryCountsEachInScopeOnceWithSharesAndChange() {
    ReportSummary.Table table = boardReport(false).indicatorSummary();

    assertThat(table.total()).isEqualTo(6);
    assertThat(table.rows())
        .extracting(Row::label)
        .containsExactly("Green", "Amber", "Red", "No data", "Data only");
    assertThat(table.rows()).extracting(Row::count).containsExactly(1, 1, 2, 1, 1);
    assertThat(table.rows()).extracting(Row::previous).containsExactly(1, 1, 1, 2, 1);
    assertThat(table.rows()).extracting(Row::changeText).containsExactly("0", "0", "+1", "−1", "0");
    assertThat(table.rows())
        .extracting(Row::shareText)
        .containsExactly("16.7%", "16.7%", "33.3%", "16.7%", "16.7%");
  }

  @Test
  void actionSummaryCountsEachAsAtThePeriodEndsIncludingNotYetAssessed() {
    ReportSummary.Table table = boardReport(false).actionSummary();

    assertThat(table.total()).isEqualTo(5);
    assertThat(table.rows()).extracting(Row::count).containsExactly(1, 0, 1, 2, 1);
    assertThat(table.rows()).extracting(Row::previous).containsExactly(1, 2, 0, 0, 2);
    assertThat(table.rows())
        .extracting(Row::shareText)
        .containsExactly("20.0%", "0.0%", "20.0%", "40.0%", "20.0%");
    assertThat(table.row("Not yet assessed").changeText()).isEqualTo("−1");
  }

  @Test
  void exceptionsAreWorstFirstWithWhatWasSaid() {
    Report report = boardReport(false);

    assertThat(report.indicatorExceptions())
        .extracting(e -> e.indicator().getId())
        .containsExactly(farOff.getId(), halfway.getId(), amber.getId());
    Report.IndicatorException worst = report.indicatorExceptions().get(0);
    assertThat(worst.result().status()).isEqualTo(Status.RED);
    assertThat(worst.commentary()).isEqualTo("Said of F");
    assertThat(worst.remedialAction()).isEqualTo("Done about F");

    assertThat(report.actionExceptions())
        .extracting(e -> e.standing().action().getId())
        .containsExactly(lateRed.getId(), redOnTime.getId(), slipping.getId());
    assertThat(report.actionExceptions().get(0).standing().overdue()).isTrue();
    assertThat(report.actionExceptions().get(2).standing().commentary())
        .isEqualTo("Progress in " + p.label());
    assertThat(report.scope()).isEqualTo("Accountable to " + board.getName());
  }

  @Test
  void detailShowsEveryIndicatorInScopeWithAChartOnlyWhenAskedFor() {
    assertThat(boardReport(false).hasDetail()).isFalse();

    Report report = boardReport(true);
    assertThat(report.detail()).hasSize(6);
    Report.DetailLine line =
        report.detail().stream()
            .filter(l -> l.indicator().getId().equals(onTarget.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(line.result().status()).isEqualTo(Status.GREEN);
    assertThat(line.result().trendFromPrevious().label()).isEqualTo("Improving");
    assertThat(line.yearToDate()).isFalse();
    assertThat(line.chart())
        .contains("id=\"chart-" + onTarget.getId() + "-title\"")
        .contains(p.label());
  }

  @Test
  void aChosenSetIsExactlyWhatWasPicked() {
    ReportForm form =
        ReportForm.covering(
            "Chosen",
            "CMT",
            ScopeKind.CHOSEN,
            null,
            List.of(onTarget.getId(), halfway.getId()),
            List.of(unassessed.getId()),
            false,
            PeriodType.QUARTER,
            null);
    Report report = builder.build(reports.create(form, named("admin")), p);

    assertThat(report.indicatorSummary().total()).isEqualTo(2);
    assertThat(report.indicatorSummary().row("Red").count()).isEqualTo(1);
    assertThat(report.indicatorSummary().row("Green").count()).isEqualTo(1);
    assertThat(report.actionSummary().total()).isEqualTo(1);
    assertThat(report.actionSummary().row("Not yet assessed").shareText()).isEqualTo("100.0%");
    assertThat(report.actionExceptions()).isEmpty();
  }

  @Test
  void aPlanReportOfTheDemoCountsWhatTheScorecardCounts() {
    long plan =
        plans.all().stream()
            .filter(x -> x.getTitle().startsWith("Corporate Plan"))
            .findFirst()
            .orElseThrow()
            .getId();
    Period quarter = make.reportedQuarter();
    Report report =
        builder.build(
            reports.create(
                ReportServiceTest.form("Corporate", ScopeKind.PLAN, plan), named("admin")),
            quarter);

    Scorecard.Card card =
        scorecard.card(quarter, new Scorecard.Filter(plan, null, null, null, null, null));
    assertThat(report.indicatorSummary().total()).isEqualTo(card.total());
    for (Status s : Status.values()) {
      assertThat(report.indicatorSummary().row(s.label()).count()).isEqualTo(card.counts().get(s));
    }
    assertThat(report.actionSummary().rows().stream().mapToInt(Row::count).sum())
        .isEqualTo(report.actionSummary().total());
    assertThat(report.detail()).hasSize(card.total());
  }
}
