package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.report.export.ReportCsv;
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
            "<svg role=\"img\"><title>Homes built</title></svg>",
            "2026/27 Q1",
            Unit.COUNT,
            0,
            false,
            warning(),
            new FigureIntervention(
                11,
                3,
                "Director review",
                "2025/26 Q4",
                "Agreed",
                "Two agency surveyors until March",
                LocalDate.of(2027, 3, 31),
                "Back on target by Q4"));
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
                null,
                45)),
        detail == null ? null : List.of(red),
        null,
        detail == null ? null : List.of(red),
        new FigureWarning.Counts(1, 0),
        null,
        null);
  }

  static FigureWarning warning() {
    return new FigureWarning(
        OutturnRisk.AT_RISK,
        new BigDecimal("150"),
        "150",
        "Two schemes slipped",
        new BigDecimal("120"),
        "120",
        "The total so far, scaled by the periods reported's share of the year",
        new BigDecimal("200"),
        "200",
        Variation.SPECIAL_CAUSE_CONCERNING,
        "Special cause – concerning: 7 points in a row below the average",
        "The latest value shows special cause variation (shift).",
        Assurance.HIT_AND_MISS,
        "Hit and miss: the target lies within the process limits",
        "The target (100) lies between the process limits.");
  }

  static CoverSheet cover(boolean exempt, String financial) {
    return new CoverSheet(
        "Cabinet",
        LocalDate.of(2026, 12, 9),
        "9 December 2026",
        "7",
        "Quarterly performance report",
        "Director of Place",
        "Cllr Jo Bloggs, Cabinet Member for Place",
        "Sam Contact",
        "Performance officer",
        "sam@example.gov.uk",
        "01632 960 001",
        "All wards",
        true,
        "FP/26/14",
        exempt,
        exempt ? 3 : null,
        "To report performance.",
        List.of("Cabinet notes the performance.", "Cabinet asks for remedial plans."),
        "So that Cabinet can hold services to account.",
        financial,
        null,
        "  ",
        null);
  }

  @Test
  void aCoverIsKeptReadBackAndItsPublicCopyNamesNoOne() throws Exception {
    ReportSnapshot s = snapshot(List.of()).withCover(cover(false, "Met from existing budgets."));
    ReportSnapshot read = json.readValue(json.writeValueAsString(s), ReportSnapshot.class);
    assertThat(read).isEqualTo(s);
    CoverSheet c = read.cover();
    assertThat(c.keyDecisionText()).isEqualTo("Yes (forward plan reference FP/26/14)");
    assertThat(c.accessText()).isEqualTo("Open");
    assertThat(c.contactText())
        .isEqualTo("Sam Contact, Performance officer, sam@example.gov.uk, telephone 01632 960 001");
    // Only what was written is printed: a blank implication is left out, never called "none".
    assertThat(c.implications())
        .extracting(CoverSheet.Implication::heading)
        .containsExactly("Financial implications");
    assertThat(cover(false, null).implications()).isEmpty();
    assertThat(cover(true, null).accessText())
        .isEqualTo(
            "Exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972 (the"
                + " financial or business affairs of a person, including the council)");
    CoverSheet publicCover = read.publicCopy().cover();
    assertThat(publicCover.rows())
        .extracting(CoverSheet.Implication::heading)
        .doesNotContain("Contact officer", "Portfolio holder")
        .contains("Report to", "Report of", "Key decision");
  }

  @Test
  void writtenAsJsonAndReadBackItIsTheSameReport() throws Exception {
    for (ReportSnapshot s : List.of(snapshot(List.of()), snapshot(null))) {
      ReportSnapshot read = json.readValue(json.writeValueAsString(s), ReportSnapshot.class);
      assertThat(read).isEqualTo(s);
      assertThat(read.hasDetail()).isEqualTo(s.hasDetail());
      assertThat(read.hasTargetsAtRisk()).isEqualTo(s.hasDetail());
      assertThat(read.indicatorExceptions().get(0).warning().riskText())
          .isEqualTo("Target at risk: forecast 150, projection 120, annual target 200");
      assertThat(read.indicatorExceptions().get(0).intervention().levelText())
          .isEqualTo("Level 3 – Director review");
      assertThat(read.indicatorExceptions().get(0).intervention().planText())
          .isEqualTo("Agreed: Two agency surveyors until March, by 31 March 2027");
      assertThat(read.outlook()).isEqualTo(new FigureWarning.Counts(1, 0));
      assertThat(read.indicatorSummary().row("Red").shareText()).isEqualTo("50.0%");
      assertThat(read.indicatorSummary().row("Red").changeText()).isEqualTo("+1");
    }
  }

  @Test
  void eachIndicatorFigureIsComparedOnceExceptionsFirst() {
    assertThat(snapshot(List.of()).figures()).singleElement().extracting("code").isEqualTo("PI-1");
    assertThat(snapshot(null).figures()).hasSize(1);
  }

  /** A report published before the period of each figure and an action's progress were kept. */
  static final String PUBLISHED_BEFORE_NEW_FIELDS =
      """
      {"title":"Quarterly report","audience":"Cabinet","scope":"Accountable to Cabinet",
       "period":"2026/27 Q1","previous":"2025/26 Q4",
       "indicatorSummary":{"rows":[
         {"label":"Green","meaning":"On target","symbol":"✔","colour":"green","count":1,"previous":2,"share":50.0},
         {"label":"Amber","meaning":"Within tolerance","symbol":"▲","colour":"yellow","count":0,"previous":0,"share":0.0},
         {"label":"Red","meaning":"Off target","symbol":"✖","colour":"red","count":1,"previous":0,"share":50.0},
         {"label":"No data","meaning":"Due but not entered","symbol":"?","colour":"grey","count":0,"previous":0,"share":0.0},
         {"label":"Data only","meaning":"No target set","symbol":"–","colour":"blue","count":0,"previous":0,"share":0.0}],
         "total":2},
       "actionSummary":{"rows":[
         {"label":"Blue","meaning":"Completed","symbol":"★","colour":"blue","count":0,"previous":0,"share":0.0},
         {"label":"Green","meaning":"On course","symbol":"✔","colour":"green","count":0,"previous":0,"share":0.0},
         {"label":"Amber","meaning":"Achievement in question","symbol":"▲","colour":"yellow","count":0,"previous":0,"share":0.0},
         {"label":"Red","meaning":"Not achieved, or will not be achieved","symbol":"✖","colour":"red","count":1,"previous":0,"share":100.0},
         {"label":"Not yet assessed","meaning":"No progress update yet","symbol":"?","colour":"grey","count":0,"previous":1,"share":0.0}],
         "total":1},
       "indicatorExceptions":[{"indicatorId":7,"code":"PI-1","title":"Homes built","actual":40.000000,
         "target":100,"actualText":"40","targetText":"100","status":"RED","trendFromPrevious":"IMPROVING",
         "trendFromLastYear":null,"yearToDate":true,"commentary":"Two posts vacant",
         "remedialAction":"Agency staff","chart":null}],
       "actionExceptions":[{"actionId":3,"code":"A-1","title":"Open the centre","status":"RED",
         "overdue":true,"due":"2026-05-01","commentary":"Late","remedialAction":null}],
       "detail":[{"indicatorId":7,"code":"PI-1","title":"Homes built","actual":40.000000,"target":100,
         "actualText":"40","targetText":"100","status":"RED","trendFromPrevious":"IMPROVING",
         "trendFromLastYear":null,"yearToDate":true,"commentary":null,"remedialAction":null,
         "chart":"<svg role='img'><title>Homes built</title></svg>"}]}
      """;

  @Test
  void aReportPublishedBeforeTheNewFieldsStillReadsBackAndExportsWithThemBlank() throws Exception {
    ReportSnapshot old = json.readValue(PUBLISHED_BEFORE_NEW_FIELDS, ReportSnapshot.class);

    assertThat(old.indicatorExceptions().get(0).reportedPeriod()).isNull();
    assertThat(old.indicatorExceptions().get(0).actual()).isEqualByComparingTo("40");
    assertThat(old.actionExceptions().get(0).percentComplete()).isNull();
    assertThat(old.goodNews()).as("published before clinics recognised good news").isEmpty();
    assertThat(old.actionExceptions().get(0).due()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(old.detail().get(0).chart()).contains("<svg");
    assertThat(old.indicatorSummary().row("Red").shareText()).isEqualTo("50.0%");
    assertThat(old.hasTargetsAtRisk()).isFalse();
    assertThat(old.outlook()).isNull();
    assertThat(old.indicatorExceptions().get(0).warning()).isNull();
    assertThat(old.indicatorExceptions().get(0).intervention()).isNull();
    assertThat(old.hasCover()).as("published before covers were kept").isFalse();
    List<ReportTables.Section> tables = ReportTables.of(old, null);
    assertThat(tables)
        .extracting(ReportTables.Section::title)
        .containsExactly("Summary", "Exceptions", "Detail");
    assertThat(tables.get(1).rows().get(1)).startsWith("Action", "A-1", "Open the centre");
    assertThat(tables.get(1).rows().get(1).get(5)).as("% complete").isNull();
    assertThat(tables.get(2).rows().get(0)).startsWith("PI-1", "Homes built", null);
    assertThat(ReportTables.value(tables.get(2).rows().get(0).get(3)))
        .as("the places its text shows")
        .isEqualTo(new BigDecimal("40"));
    assertThat(new String(ReportCsv.write(old, null), StandardCharsets.UTF_8)).contains("PI-1");
  }
}
