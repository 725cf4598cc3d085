package org.goldenthread.indicator.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldenthread.indicator.EarlyWarningSeries;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.ScorecardMarks;
import org.goldenthread.period.Period;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kept figures are the figures: for every active indicator of the demo council, with a fixture
 * council and an early-warning series beside it, each line the scorecard reads from kept rows says
 * what the scorecard worked out afresh says, for quarters, a month and a year.
 */
@GoldenThreadTest
@Transactional
class KeptFiguresTest {

  @Autowired ScorecardRows rows;
  @Autowired Scorecard scorecard;
  @Autowired ScorecardMarks marks;
  @Autowired Figures figures;
  @Autowired FixtureCouncil fixtures;
  @Autowired EarlyWarningSeries series;

  @ParameterizedTest
  @ValueSource(strings = {"2026/27 Q1", "2026/27 Q2", "2025/26 Q4", "2025/26 M07", "2025/26"})
  void everyKeptLineSaysWhatTheScorecardWorksOut(String label) {
    FixtureCouncil.Council council = fixtures.create();
    fixtures.enter(council, Period.parse("2026/27 Q1"), "95");
    series.create("Homes kept");
    Period period = Period.parse(label);

    Scorecard.Card card = scorecard.card(period, Scorecard.Filter.NONE);
    Map<Long, ScorecardMark> marked = marks.of(card);
    Map<Long, ScorecardRow> kept =
        rows.page(everything(period)).rows().stream()
            .collect(Collectors.toMap(ScorecardRow::id, Function.identity()));

    assertThat(kept).hasSize(card.total());
    for (Scorecard.Line line : card.lines()) {
      Indicator i = line.indicator();
      ScorecardRow row = kept.get(i.getId());
      ScorecardMark mark = marked.get(i.getId());
      assertThat(row).as(i.getCode()).isNotNull();
      assertThat(row.label()).isEqualTo(i.label());
      assertThat(row.period()).isEqualTo(line.result().period().label());
      assertThat(row.actual()).isEqualTo(figures.of(i, line.result().actual()));
      assertThat(row.target()).isEqualTo(figures.of(i, line.result().target()));
      assertThat(row.status()).as(i.getCode()).isEqualTo(line.result().status());
      assertThat(row.trendFromPrevious()).isEqualTo(line.result().trendFromPrevious());
      assertThat(row.trendFromLastYear()).isEqualTo(line.result().trendFromLastYear());
      assertThat(row.risk()).isEqualTo(mark.risk());
      assertThat(row.forecast()).isEqualTo(figures.of(i, mark.outturn().forecast()));
      assertThat(row.projection()).isEqualTo(figures.of(i, mark.outturn().projectedOutturn()));
      assertThat(row.annualTarget()).isEqualTo(figures.of(i, mark.outturn().annualTarget()));
      assertThat(row.variation()).isEqualTo(mark.variation());
      assertThat(row.variationWords()).isEqualTo(mark.variationWords());
      assertThat(row.variationExplanation()).isEqualTo(mark.chart().variationExplanation());
      assertThat(row.assurance()).isEqualTo(mark.assurance());
      assertThat(row.assuranceWords()).isEqualTo(mark.assuranceWords());
      assertThat(row.assuranceExplanation()).isEqualTo(mark.chart().assuranceExplanation());
    }
    assertThat(List.copyOf(kept.values())).isNotEmpty();
  }

  static ScorecardQuery everything(Period period) {
    return new ScorecardQuery(
        period, Scorecard.Filter.NONE, null, ScorecardQuery.Sort.CODE, false, 1, null);
  }
}
