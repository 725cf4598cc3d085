package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.junit.jupiter.api.Test;

class ReportSnapshotTest {

  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  static ReportSnapshot snapshot(List<ReportSnapshot.IndicatorFigure> detail) {
    ReportSnapshot.IndicatorFigure red =
        new ReportSnapshot.IndicatorFigure(
            7,
            "PI-1",
            "Homes built",
            new BigDecimal("40.000000"),
            new BigDecimal("100"),
            "40",
            "100",
            Status.RED,
            Trend.values()[0],
            null,
            true,
            "Two posts vacant",
            "Agency staff",
            "<svg role=\"img\"><title>Homes built</title></svg>");
    return new ReportSnapshot(
        "Quarterly report",
        "Cabinet",
        "Accountable to Cabinet",
        "2026/27 Q1",
        "2025/26 Q4",
        ReportSummary.indicators(
            List.of(
                new ReportSummary.IndicatorLine(Status.RED, Status.GREEN),
                new ReportSummary.IndicatorLine(Status.GREEN, Status.GREEN))),
        ReportSummary.actions(List.of(new ReportSummary.ActionLine(Brag.RED, null))),
        List.of(red),
        List.of(
            new ReportSnapshot.ActionFigure(
                3,
                "A-1",
                "Open the centre",
                Brag.RED,
                true,
                LocalDate.of(2026, 5, 1),
                "Late",
                null)),
        detail == null ? null : List.of(red));
  }

  @Test
  void writtenAsJsonAndReadBackItIsTheSameReport() throws Exception {
    for (ReportSnapshot s : List.of(snapshot(List.of()), snapshot(null))) {
      ReportSnapshot read = json.readValue(json.writeValueAsString(s), ReportSnapshot.class);
      assertThat(read).isEqualTo(s);
      assertThat(read.hasDetail()).isEqualTo(s.hasDetail());
      assertThat(read.indicatorSummary().row("Red").shareText()).isEqualTo("50.0%");
      assertThat(read.indicatorSummary().row("Red").changeText()).isEqualTo("+1");
    }
  }

  @Test
  void eachIndicatorFigureIsComparedOnceExceptionsFirst() {
    assertThat(snapshot(List.of()).figures()).singleElement().extracting("code").isEqualTo("PI-1");
    assertThat(snapshot(null).figures()).hasSize(1);
  }
}
