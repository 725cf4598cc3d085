package org.goldenthread.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard's early-warning marks: each line's risk to its annual target with the forecast and
 * the projection, and its XmR variation and assurance in words, worked out for every line at once.
 */
@GoldenThreadTest
@Transactional
class ScorecardMarksTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired EarlyWarningSeries series;
  @Autowired Scorecard scorecard;
  @Autowired ScorecardMarks marks;
  @Autowired IndicatorSignals signals;

  @Test
  void aLineShowsItsTargetAtRiskWithBothFiguresAndItsMarksInWords() throws Exception {
    Indicator indicator = series.create("Affordable homes delivered");

    String html =
        mvc.perform(
                get("/indicators")
                    .param("period", EarlyWarningSeries.LATEST.label())
                    .param("size", "all")
                    .with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    String row =
        Arrays.stream(html.split("<tr"))
            .filter(tr -> tr.contains(indicator.getCode()))
            .map(ScorecardMarksTest::text)
            .findFirst()
            .orElseThrow();
    assertThat(row)
        .contains("Target at risk")
        .contains("Forecast 150; projection 120; annual target 200")
        .contains("Special cause – improving")
        .contains("7 points in a row above the average")
        .contains("Consistently failing")
        .contains("the target will be missed every period if nothing changes");
    assertThat(text(html)).containsPattern("\\d+ targets? at risk, \\d+ on watch");
  }

  /** What a reader reads: the tags dropped, white space closed up. */
  static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
  }

  @Test
  void theMarksAreTheIndicatorsOwnChartAndOutturnAtThePeriodShown() {
    Indicator indicator = series.create("Affordable homes delivered");
    Scorecard.Card card = scorecard.card(EarlyWarningSeries.LATEST, List.of(indicator));

    ScorecardMark mark = marks.of(card).get(indicator.getId());

    XmrChart own = signals.of(indicator);
    assertThat(mark.chart().points()).hasSameSizeAs(own.points());
    assertThat(mark.chart().mean()).isEqualByComparingTo(own.mean());
    assertThat(mark.chart().upperLimit()).isEqualByComparingTo(own.upperLimit());
    assertThat(mark.chart().lowerLimit()).isEqualByComparingTo(own.lowerLimit());
    assertThat(mark.chart().signals().stream().map(s -> s.rule() + " " + s.periods()).toList())
        .isEqualTo(own.signals().stream().map(s -> s.rule() + " " + s.periods()).toList());
    assertThat(mark.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    assertThat(mark.assurance()).isEqualTo(Assurance.CONSISTENTLY_FAILING);
    assertThat(mark.risk()).isEqualTo(OutturnRisk.AT_RISK);
    assertThat(mark.outturn().projectedOutturn()).isEqualByComparingTo("120");
    assertThat(mark.outturn().forecast()).isEqualByComparingTo("150");
    assertThat(mark.forecastBasis()).isEqualTo("Two large schemes slipped to next year");
    Map<OutturnRisk, Integer> counts = ScorecardMarks.counts(List.of(mark));
    assertThat(counts.get(OutturnRisk.AT_RISK)).isEqualTo(1);
  }

  @Test
  void anEarlierPeriodHasTheChartAsItStoodThenAndTooFewPointsAreNotEnoughData() {
    Indicator indicator = series.create("Affordable homes delivered");
    Scorecard.Card card =
        scorecard.card(org.goldenthread.period.Period.parse("2025/26 Q3"), List.of(indicator));

    ScorecardMark mark = marks.of(card).get(indicator.getId());

    // 2023/24 Q1 to 2025/26 Q3 is eleven quarters: one short of a chart.
    assertThat(mark.chart().points()).hasSize(11);
    assertThat(mark.variation()).isEqualTo(Variation.NOT_ENOUGH_DATA);
    assertThat(mark.variationWords()).isEqualTo("Not enough data: 11 values, 12 needed");
    assertThat(mark.assuranceWords()).isNull();
  }
}
