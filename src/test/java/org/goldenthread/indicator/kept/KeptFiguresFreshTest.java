package org.goldenthread.indicator.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.ScorecardMarks;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitForm;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.period.Period;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write shows on the next read of the scorecard: each write path commits on its own (as a request
 * does), and the kept line then says what the scorecard works out afresh, for the indicator written
 * and for a calculated indicator reading it.
 */
@GoldenThreadTest
class KeptFiguresFreshTest {

  @Autowired ScorecardRows rows;
  @Autowired Scorecard scorecard;
  @Autowired ScorecardMarks marks;
  @Autowired Figures figures;
  @Autowired FixtureCouncil fixtures;
  @Autowired IndicatorService indicators;
  @Autowired Targets targets;
  @Autowired DataEntry dataEntry;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrgUnitService units;

  @Test
  void everyWriteShowsOnTheNextRead() {
    FixtureCouncil.Council council = fixtures.create();
    Period quarter = fixtures.dueQuarter();
    Indicator indicator = council.indicator();
    Indicator doubled = calculated(council, "2 * [" + indicator.getCode() + "]");
    assertThat(line(council, indicator, quarter).status()).isEqualTo(Status.NO_DATA);

    IndicatorValue entered = fixtures.enter(council, quarter, "95");
    assertThat(line(council, indicator, quarter).actual()).isEqualTo("95");
    assertThat(line(council, indicator, quarter).status()).isEqualTo(Status.AMBER);
    assertThat(line(council, doubled, quarter).actual()).isEqualTo("190");

    targets.set(indicator, quarter, new BigDecimal("90"), council.asManager());
    assertThat(line(council, indicator, quarter).target()).isEqualTo("90");
    assertThat(line(council, indicator, quarter).status()).isEqualTo(Status.GREEN);

    dataEntry.verify(entered.getId(), council.asManager());
    dataEntry.publish(entered.getId());
    assertFresh(council, quarter);

    // A correction after publication, with its reason and a forecast.
    dataEntry.enter(
        indicator,
        quarter,
        new ValueForm(
            "120",
            null,
            null,
            "Corrected",
            "Remedy",
            "Miscounted",
            "500",
            "Trend",
            dataEntry.value(entered.getId()).getVersion()),
        council.asOfficer(),
        true);
    assertThat(line(council, indicator, quarter).actual()).isEqualTo("120");
    assertThat(line(council, doubled, quarter).actual()).isEqualTo("240");
    assertThat(line(council, indicator, quarter).forecast()).isEqualTo("500");

    indicators.update(indicator.getId(), with(indicator, Polarity.LOWER_IS_BETTER, true));
    assertThat(line(council, indicator, quarter).status()).isEqualTo(Status.RED);
    assertFresh(council, quarter);

    indicators.update(indicator.getId(), with(indicator, Polarity.LOWER_IS_BETTER, false));
    assertThat(page(council, quarter).rows())
        .extracting(ScorecardRow::code)
        .containsExactly(doubled.getCode());
  }

  @Test
  void aWriteInTheReadersOwnTransactionShowsInIt() {
    FixtureCouncil.Council council = fixtures.create();
    Period quarter = fixtures.dueQuarter();
    assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("–");
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(
        t -> {
          fixtures.enter(council, quarter, "42");
          assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("42");
          t.setRollbackOnly();
        });
    assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("–");
  }

  @Test
  void aRowTakenAwayBehindTheReadersBackIsKeptAgain() {
    FixtureCouncil.Council council = fixtures.create();
    Period quarter = fixtures.dueQuarter();
    fixtures.enter(council, quarter, "95");
    long id = council.indicator().getId();
    assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("95");
    assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("95");

    // Another process, late, replaces the row with one worked out for a chart start now gone, then
    // takes it away, counting its writes as every writer of kept rows does: no stamp has changed,
    // yet each time the next read keeps the row again.
    jdbc.update(
        "update kept_figure set from_year = '1999/00' where indicator_id = ? and period = ?",
        id,
        quarter.label());
    jdbc.update("update kept_version set version = version + 1");
    assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("95");
    jdbc.update(
        "delete from kept_figure where indicator_id = ? and period = ?", id, quarter.label());
    jdbc.update("update kept_version set version = version + 1");
    assertThat(page(council, quarter).rows())
        .extracting(ScorecardRow::code)
        .contains(council.indicator().getCode());
    assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("95");
  }

  @Test
  void aPageReadAgainIsTheSameUntilItsFiguresOrServicesChange() {
    FixtureCouncil.Council council = fixtures.create();
    Period quarter = fixtures.dueQuarter();
    ScorecardRows.Page first = page(council, quarter);
    assertThat(page(council, quarter)).isSameAs(first);

    fixtures.enter(council, quarter, "95");
    ScorecardRows.Page entered = page(council, quarter);
    assertThat(entered).isNotSameAs(first);
    assertThat(line(council, council.indicator(), quarter).actual()).isEqualTo("95");

    OrgUnit service = units.get(council.service().getId());
    OrgUnitForm renamed = OrgUnitForm.of(service);
    units.update(
        service.getId(),
        new OrgUnitForm(
            "Renamed " + service.getName(),
            renamed.code(),
            renamed.type(),
            renamed.parentId(),
            renamed.headId(),
            renamed.description(),
            renamed.sortOrder(),
            renamed.active(),
            renamed.version()));
    assertThat(line(council, council.indicator(), quarter).directorate())
        .isEqualTo("Renamed " + service.getName());
  }

  private ScorecardRows.Page page(FixtureCouncil.Council council, Period period) {
    return rows.page(
        new ScorecardQuery(
            period,
            new Scorecard.Filter(null, null, null, council.service().getId(), null, null),
            null,
            ScorecardQuery.Sort.CODE,
            false,
            1,
            50));
  }

  private ScorecardRow line(FixtureCouncil.Council council, Indicator indicator, Period period) {
    return page(council, period).rows().stream()
        .filter(r -> r.id() == indicator.getId())
        .findFirst()
        .orElseThrow();
  }

  /** Each kept line of the council's service says what the scorecard works out afresh. */
  private void assertFresh(FixtureCouncil.Council council, Period period) {
    Scorecard.Card card =
        scorecard.card(
            period, new Scorecard.Filter(null, null, null, council.service().getId(), null, null));
    Map<Long, ScorecardMark> marked = marks.of(card);
    for (Scorecard.Line l : card.lines()) {
      ScorecardRow row = line(council, l.indicator(), period);
      assertThat(row.actual()).isEqualTo(figures.of(l.indicator(), l.result().actual()));
      assertThat(row.target()).isEqualTo(figures.of(l.indicator(), l.result().target()));
      assertThat(row.status()).isEqualTo(l.result().status());
      assertThat(row.risk()).isEqualTo(marked.get(l.indicator().getId()).risk());
      assertThat(row.variationWords())
          .isEqualTo(marked.get(l.indicator().getId()).variationWords());
    }
  }

  private Indicator calculated(FixtureCouncil.Council council, String formula) {
    IndicatorForm f = IndicatorForm.of(council.indicator());
    return indicators.create(
        new IndicatorForm(
            FixtureCouncil.unique("FXC"),
            "Doubled " + council.suffix(),
            null,
            null,
            f.type(),
            f.unit(),
            f.polarity(),
            f.frequency(),
            f.aggregation(),
            false,
            "0",
            "10",
            f.toleranceKind(),
            null,
            formula,
            null,
            false,
            false,
            true,
            f.responsibleId(),
            f.accountableId(),
            null,
            f.orgUnitId(),
            java.util.List.of(),
            null));
  }

  private IndicatorForm with(Indicator indicator, Polarity polarity, boolean active) {
    IndicatorForm f =
        new TransactionTemplate(transactions)
            .execute(t -> IndicatorForm.of(indicators.get(indicator.getId())));
    return new IndicatorForm(
        f.code(),
        f.title(),
        f.description(),
        f.rationale(),
        f.type(),
        f.unit(),
        polarity,
        f.frequency(),
        f.aggregation(),
        f.cumulative(),
        f.decimalPlaces(),
        f.toleranceAmount(),
        f.toleranceKind(),
        f.dataSource(),
        f.formula(),
        f.perspective(),
        f.corporateHealth(),
        f.published(),
        active,
        f.responsibleId(),
        f.accountableId(),
        f.portfolioId(),
        f.orgUnitId(),
        f.itemIds(),
        f.version());
  }
}
