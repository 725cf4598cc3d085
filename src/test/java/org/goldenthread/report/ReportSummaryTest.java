package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;
import org.goldenthread.report.ReportSummary.ActionLine;
import org.goldenthread.report.ReportSummary.IndicatorLine;
import org.goldenthread.report.ReportSummary.Row;
import org.goldenthread.report.ReportSummary.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportSummaryTest {

  private static List<IndicatorLine> indicators(Status now, Status before, int times) {
    return new ArrayList<>(Collections.nCopies(times, new IndicatorLine(now, before)));
  }

  private static List<ActionLine> actions(Brag now, Brag before, int times) {
    return new ArrayList<>(Collections.nCopies(times, new ActionLine(now, before)));
  }

  @Test
  void noIndicatorsGivesZeroCountsAndNoShares() {
    Table table = ReportSummary.indicators(List.of());

    assertThat(table.total()).isZero();
    assertThat(table.rows()).hasSize(5);
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.share()).isNull());
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.shareText()).isEqualTo("–"));
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.changeText()).isEqualTo("0"));
  }

  @Test
  void noActionsGivesZeroCountsAndNoShares() {
    Table table = ReportSummary.actions(List.of());

    assertThat(table.total()).isZero();
    assertThat(table.rows())
        .extracting(Row::label)
        .containsExactly("Blue", "Green", "Amber", "Red", "Not yet assessed");
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.shareText()).isEqualTo("–"));
  }

  @Test
  void indicatorRowsComeInStatusOrderWithWordSymbolAndColour() {
    Table table = ReportSummary.indicators(List.of(new IndicatorLine(Status.RED, Status.RED)));

    assertThat(table.rows())
        .extracting(Row::label)
        .containsExactly("Green", "Amber", "Red", "No data", "Data only");
    Row red = table.row("Red");
    assertThat(red.symbol()).isEqualTo("✖");
    assertThat(red.colour()).isEqualTo("red");
    assertThat(red.count()).isEqualTo(1);
    assertThat(red.shareText()).isEqualTo("100.0%");
    assertThat(table.row("Green").shareText()).isEqualTo("0.0%");
  }

  @Test
  void everyIndicatorIsCountedOnceIncludingNoDataAndDataOnly() {
    List<IndicatorLine> lines = indicators(Status.GREEN, Status.GREEN, 3);
    lines.addAll(indicators(Status.AMBER, Status.GREEN, 2));
    lines.addAll(indicators(Status.RED, Status.AMBER, 1));
    lines.addAll(indicators(Status.NO_DATA, Status.RED, 1));
    lines.addAll(indicators(Status.DATA_ONLY, Status.DATA_ONLY, 1));

    Table table = ReportSummary.indicators(lines);

    assertThat(table.total()).isEqualTo(8);
    assertThat(table.rows()).extracting(Row::count).containsExactly(3, 2, 1, 1, 1);
    assertThat(table.rows()).extracting(Row::previous).containsExactly(5, 1, 1, 0, 1);
    assertThat(table.rows()).extracting(Row::change).containsExactly(-2, 1, 0, 1, 0);
    assertThat(table.rows())
        .extracting(Row::shareText)
        .containsExactly("37.5%", "25.0%", "12.5%", "12.5%", "12.5%");
  }

  @Test
  void changesOfOneTableAddUpToZero() {
    List<IndicatorLine> lines = indicators(Status.GREEN, Status.RED, 4);
    lines.addAll(indicators(Status.NO_DATA, Status.AMBER, 3));

    Table table = ReportSummary.indicators(lines);

    assertThat(table.rows().stream().mapToInt(Row::change).sum()).isZero();
    assertThat(table.row("Green").changeText()).isEqualTo("+4");
    assertThat(table.row("Red").changeText()).isEqualTo("−4");
    assertThat(table.row("Amber").changeText()).isEqualTo("−3");
  }

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource({
    "1, 3, 33.3%",
    "2, 3, 66.7%",
    "1, 6, 16.7%",
    "1, 8, 12.5%",
    "1, 16, 6.3%", // 6.25 rounds half up
    "3, 16, 18.8%", // 18.75 rounds half up
    "1, 40, 2.5%",
    "1, 400, 0.3%", // 0.25 rounds half up
    "1, 2000, 0.1%", // 0.05 rounds half up
    "1, 2001, 0.0%",
    "0, 7, 0.0%",
    "7, 7, 100.0%"
  })
  void sharesAreRoundedHalfUpToOnePlaceFromExactCounts(int red, int total, String share) {
    List<IndicatorLine> lines = indicators(Status.RED, Status.RED, red);
    lines.addAll(indicators(Status.GREEN, Status.GREEN, total - red));

    assertThat(ReportSummary.indicators(lines).row("Red").shareText()).isEqualTo(share);
  }

  @Test
  void sharesNeedNotAddUpToExactlyOneHundred() {
    List<IndicatorLine> lines = new ArrayList<>();
    lines.add(new IndicatorLine(Status.GREEN, Status.GREEN));
    lines.add(new IndicatorLine(Status.AMBER, Status.GREEN));
    lines.add(new IndicatorLine(Status.RED, Status.GREEN));

    Table table = ReportSummary.indicators(lines);

    assertThat(table.rows())
        .extracting(Row::shareText)
        .containsExactly("33.3%", "33.3%", "33.3%", "0.0%", "0.0%");
  }

  @Test
  void actionsNeverAssessedAreCountedInTheirOwnBucketAndInTheTotal() {
    List<ActionLine> lines = actions(Brag.GREEN, null, 2);
    lines.addAll(actions(null, null, 2));

    Table table = ReportSummary.actions(lines);

    assertThat(table.total()).isEqualTo(4);
    Row notAssessed = table.row("Not yet assessed");
    assertThat(notAssessed.count()).isEqualTo(2);
    assertThat(notAssessed.previous()).isEqualTo(4);
    assertThat(notAssessed.changeText()).isEqualTo("−2");
    assertThat(notAssessed.shareText()).isEqualTo("50.0%");
    assertThat(notAssessed.symbol()).as("as the actions register shows it").isEqualTo("?");
    assertThat(table.row("Green").shareText()).isEqualTo("50.0%");
    assertThat(table.row("Green").changeText()).isEqualTo("+2");
  }

  @Test
  void actionsAreCountedUnderEachBragNowAndBefore() {
    List<ActionLine> lines = actions(Brag.BLUE, Brag.GREEN, 1);
    lines.addAll(actions(Brag.GREEN, Brag.GREEN, 3));
    lines.addAll(actions(Brag.AMBER, Brag.RED, 2));
    lines.addAll(actions(Brag.RED, Brag.AMBER, 1));
    lines.addAll(actions(Brag.RED, null, 1));

    Table table = ReportSummary.actions(lines);

    assertThat(table.total()).isEqualTo(8);
    assertThat(table.rows()).extracting(Row::count).containsExactly(1, 3, 2, 2, 0);
    assertThat(table.rows()).extracting(Row::previous).containsExactly(0, 4, 1, 2, 1);
    assertThat(table.rows())
        .extracting(Row::changeText)
        .containsExactly("+1", "−1", "+1", "0", "−1");
    assertThat(table.rows())
        .extracting(Row::shareText)
        .containsExactly("12.5%", "37.5%", "25.0%", "25.0%", "0.0%");
    assertThat(table.row("Blue").symbol()).isEqualTo("★");
  }
}
