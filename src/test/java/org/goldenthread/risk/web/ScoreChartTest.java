package org.goldenthread.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.TestBands;
import org.junit.jupiter.api.Test;

/** The score chart: every score in words, each band zone labelled, zones as the settings say. */
class ScoreChartTest {

  static final RiskBands BANDS = TestBands.of(4, 12);

  @Test
  void theChartSaysEveryScoreInWordsAndLabelsEachBandZone() {
    String svg =
        ScoreChart.svg(
            "Current score of CR-01",
            List.of(
                new ScoreChart.Point(LocalDate.of(2026, 4, 1), 12),
                new ScoreChart.Point(LocalDate.of(2026, 9, 30), 16)),
            BANDS);
    assertThat(svg)
        .contains("role=\"img\"", "<title id=\"score-chart-title\">Current score of CR-01</title>")
        .contains("1 April 2026 12 Medium; 30 September 2026 16 High.")
        .contains("● Low", "◆ Medium", "▲ High")
        .contains("fill=\"#d4351c\"");
    assertThat(svg.split("<circle", -1)).hasSize(3);
  }

  @Test
  void aChartWithNoScoresSaysSo() {
    assertThat(ScoreChart.svg("Empty", List.of(), BANDS)).contains("No scores recorded yet.");
  }

  @Test
  void theZonesFollowTheBandSettings() {
    RiskBands wide = TestBands.of(6, 14);
    String svg =
        ScoreChart.svg("t", List.of(new ScoreChart.Point(LocalDate.of(2026, 4, 1), 6)), wide);
    assertThat(svg).contains("6 Low");
    assertThat(
            ScoreChart.svg("t", List.of(new ScoreChart.Point(LocalDate.of(2026, 4, 1), 6)), BANDS))
        .contains("6 Medium");
  }
}
