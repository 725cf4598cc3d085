package org.goldenthread.indicator.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
 * The marks a report and a director's home page read from the kept figures are those worked out
 * afresh, for every active indicator of the demo council with a fixture council and an
 * early-warning series beside it, and stay so after a value is entered.
 */
@GoldenThreadTest
@Transactional
class KeptMarksTest {

  @Autowired KeptMarks kept;
  @Autowired Scorecard scorecard;
  @Autowired ScorecardMarks marks;
  @Autowired Figures figures;
  @Autowired FixtureCouncil fixtures;
  @Autowired EarlyWarningSeries series;

  @ParameterizedTest
  @ValueSource(strings = {"2026/27 Q1", "2026/27 Q2", "2025/26 Q4", "2025/26 M07", "2025/26"})
  void keptMarksSayWhatTheMarksWorkOut(String label) {
    FixtureCouncil.Council council = fixtures.create();
    series.create("Homes kept");
    Period period = Period.parse(label);
    assertSame(scorecard.card(period, Scorecard.Filter.NONE));

    fixtures.enter(council, Period.parse("2026/27 Q1"), "95");
    assertSame(scorecard.card(period, Scorecard.Filter.NONE));
  }

  private void assertSame(Scorecard.Card card) {
    Map<Long, ScorecardMark> fresh = marks.of(card);
    Map<Long, ScorecardMark> read = kept.of(card);
    assertThat(read).hasSize(fresh.size()).isNotEmpty();
    for (Scorecard.Line line : card.lines()) {
      Indicator i = line.indicator();
      ScorecardMark want = fresh.get(i.getId());
      ScorecardMark got = read.get(i.getId());
      assertThat(got).as(i.getCode()).isNotNull();
      assertThat(got.said()).as("read from a kept row").isNotNull();
      assertThat(got.risk()).as(i.getCode()).isEqualTo(want.risk());
      assertThat(got.outturn().basis()).isEqualTo(want.outturn().basis());
      assertThat(figures.of(i, got.outturn().forecast()))
          .isEqualTo(figures.of(i, want.outturn().forecast()));
      assertThat(figures.of(i, got.outturn().projectedOutturn()))
          .isEqualTo(figures.of(i, want.outturn().projectedOutturn()));
      assertThat(figures.of(i, got.outturn().annualTarget()))
          .isEqualTo(figures.of(i, want.outturn().annualTarget()));
      assertThat(got.forecastBasis()).isEqualTo(want.forecastBasis());
      assertThat(got.variation()).as(i.getCode()).isEqualTo(want.variation());
      assertThat(got.variationWords()).isEqualTo(want.variationWords());
      assertThat(got.chart().variationExplanation()).isEqualTo(want.chart().variationExplanation());
      assertThat(got.assurance()).isEqualTo(want.assurance());
      assertThat(got.assuranceWords()).isEqualTo(want.assuranceWords());
      assertThat(got.chart().assuranceExplanation()).isEqualTo(want.chart().assuranceExplanation());
    }
  }
}
