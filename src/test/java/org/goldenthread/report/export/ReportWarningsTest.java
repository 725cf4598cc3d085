package org.goldenthread.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.goldenthread.indicator.EarlyWarningSeries;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRepository;
import org.goldenthread.intervention.Ladders;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlanRepository;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.FigureIntervention;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's early warnings in every form it takes: the targets-at-risk section, each exception's
 * risk to its annual target, XmR marks and open intervention with its remedial plan, on screen, in
 * the CSV, the workbook, the Word document and the PDF, and in the published snapshot read back.
 */
@GoldenThreadTest
@Transactional
class ReportWarningsTest {

  static final Period Q1 = EarlyWarningSeries.LATEST;

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired EarlyWarningSeries series;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired Figures figures;
  @Autowired ReportPdf pdf;
  @Autowired PublishingService publishing;
  @Autowired Targets targets;
  @Autowired DataEntry entry;
  @Autowired IndicatorValueRepository values;
  @Autowired InterventionRepository interventions;
  @Autowired RemedialPlanRepository plans;
  @Autowired Ladders ladders;
  @Autowired Clock clock;

  Indicator indicator;
  ReportDefinition definition;
  String level;

  /**
   * The series (Q1 Red, target at risk), Red in the quarter before too, both verified: the ladder
   * opens an intervention, whose agreed remedial plan the report shows.
   */
  @BeforeEach
  void aReportListingTargetsAtRisk() {
    indicator = series.create("Affordable homes delivered");
    targets.set(indicator, Q1.previous(), new BigDecimal("50"), named("admin"));
    for (Period p : List.of(Q1.previous(), Q1)) {
      entry.verify(
          values.findByIndicatorAndPeriod(indicator, p).orElseThrow().getId(), named("manager"));
    }
    Intervention open =
        interventions.findOpenForIndicators(List.of(indicator.getId())).stream()
            .findFirst()
            .orElseThrow();
    RemedialPlan plan =
        new RemedialPlan(
            open,
            null,
            "Two agency surveyors until March",
            LocalDate.of(2027, 3, 31),
            "Back on profile by Q4",
            1L,
            Instant.now(clock));
    plan.agree(2L, Instant.now(clock));
    plans.save(plan);
    String name =
        ladders.rules().stream()
            .filter(r -> r.getLevel() == open.getLevel())
            .findFirst()
            .orElseThrow()
            .getName();
    level = "Level " + open.getLevel() + " – " + name;
    definition =
        reports.create(
            ReportForm.covering(
                    "Early warning " + indicator.getCode(),
                    "Cabinet",
                    ScopeKind.CHOSEN,
                    null,
                    List.of(indicator.getId()),
                    List.of(),
                    true,
                    PeriodType.QUARTER,
                    null)
                .listingTargetsAtRisk(true),
            named("admin"));
  }

  private ReportSnapshot snapshot() {
    return ReportSnapshot.of(builder.build(definition, Q1), figures);
  }

  @Test
  void theSnapshotCarriesTheWarningsTheInterventionAndTheTargetsAtRisk() {
    ReportSnapshot s = snapshot();

    ReportSnapshot.IndicatorFigure e = s.indicatorExceptions().get(0);
    assertThat(e.warning().riskText())
        .isEqualTo("Target at risk: forecast 150, projection 120, annual target 200");
    assertThat(e.warning().variationMark())
        .isEqualTo(
            "⇑ Special cause – improving: above the upper process limit;"
                + " 7 points in a row above the average; 2 of 3 points close to the upper process"
                + " limit");
    assertThat(e.warning().assuranceMark())
        .isEqualTo(
            "Ⓕ Consistently failing: the target will be missed every period if nothing"
                + " changes");
    FigureIntervention i = e.intervention();
    assertThat(i.levelText()).isEqualTo(level);
    assertThat(i.planText())
        .isEqualTo("Agreed: Two agency surveyors until March, by 31 March 2027");
    assertThat(s.targetsAtRisk()).singleElement().extracting("code").isEqualTo(indicator.getCode());
    assertThat(s.targetsAtRisk().get(0).warning().forecastBasis())
        .isEqualTo("Two large schemes slipped to next year");
    assertThat(s.outlook().atRisk()).isEqualTo(1);
    assertThat(s.detail().get(0).warning().variationWords()).startsWith("Special cause");
    assertThat(s.detail().get(0).intervention()).as("only exceptions name it").isNull();
  }

  @Test
  void aReportThatDoesNotAskHasNoTargetsAtRiskSectionButStillItsMarks() {
    reports.get(definition.getId()).listTargetsAtRisk(false);
    ReportSnapshot s = snapshot();
    assertThat(s.hasTargetsAtRisk()).isFalse();
    assertThat(s.indicatorExceptions().get(0).warning().flagged()).isTrue();
  }

  @Test
  void theReportPageShowsTheSectionAndEachExceptionsMarksInWords() throws Exception {
    String html =
        text(
            mvc.perform(
                    get("/reports/" + definition.getId())
                        .param("period", Q1.label())
                        .with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(html)
        .contains("Targets at risk Indicators whose annual target")
        .contains("Forecast: Two large schemes slipped to next year")
        .contains("Target at risk Forecast 150; projection 120; annual target 200")
        .contains("Special cause – improving above the upper process limit")
        .contains("Consistently failing the target will be missed every period")
        .contains(level, "Agreed: Two agency surveyors until March, by 31 March 2027");
  }

  @Test
  void theCsvHasATargetsAtRiskSectionAndTheExceptionsWarningColumns() throws Exception {
    List<CSVRecord> rows = ReportExportsTest.csv(ReportCsv.write(snapshot(), null));
    CSVRecord atRisk =
        rows.stream().filter(r -> r.get("Section").equals("Targets at risk")).findFirst().get();
    assertThat(atRisk.get("Code")).isEqualTo(indicator.getCode());
    assertThat(atRisk.get("Target at risk")).isEqualTo("⚠ Target at risk");
    assertThat(atRisk.get("Forecast")).isEqualTo("150");
    assertThat(atRisk.get("Projection")).isEqualTo("120");
    assertThat(atRisk.get("Annual target")).isEqualTo("200");
    assertThat(atRisk.get("Forecast basis")).isEqualTo("Two large schemes slipped to next year");
    assertThat(atRisk.get("Projection basis")).startsWith("The total so far");
    CSVRecord exception =
        rows.stream().filter(r -> r.get("Section").equals("Exceptions")).findFirst().get();
    assertThat(exception.get("Intervention")).isEqualTo(level);
    assertThat(exception.get("Remedial plan")).startsWith("Agreed: Two agency surveyors");
    assertThat(exception.get("Variation")).startsWith("⇑ Special cause – improving");
    assertThat(exception.get("Assurance")).startsWith("Ⓕ Consistently failing");
    CSVRecord detail =
        rows.stream().filter(r -> r.get("Section").equals("Detail")).findFirst().get();
    assertThat(detail.get("Variation")).startsWith("⇑ Special cause – improving");
  }

  @Test
  void theWorkbookHasATargetsAtRiskSheetWithNumbersAsNumbers() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(snapshot(), null)))) {
      Sheet sheet = book.getSheet("Targets at risk");
      assertThat(sheet).isNotNull();
      Row header = sheet.getRow(0);
      Row line = sheet.getRow(1);
      assertThat(line.getCell(0).getStringCellValue()).isEqualTo(indicator.getCode());
      int projection = column(header, "Projection");
      assertThat(line.getCell(projection).getNumericCellValue()).isEqualTo(120.0);
      Sheet exceptions = book.getSheet("Exceptions");
      int intervention = column(exceptions.getRow(0), "Intervention");
      assertThat(exceptions.getRow(1).getCell(intervention).getStringCellValue()).isEqualTo(level);
    }
  }

  @Test
  void theWordDocumentHasTheSectionAndTheExceptionsIntervention() throws Exception {
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(ReportDocument.write(snapshot(), null)))) {
      assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
          .contains("Targets at risk");
      String tables =
          doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
      assertThat(tables)
          .contains("⚠ Target at risk", "Two large schemes slipped to next year", level)
          .contains("Agreed: Two agency surveyors until March, by 31 March 2027");
    }
  }

  @Test
  void thePdfHasTheSectionAndEachExceptionsWarningsInWords() throws Exception {
    try (PDDocument doc = PDDocument.load(pdf.write(snapshot(), null))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Targets at risk")
          .contains("Target at risk: forecast 150, projection 120, annual target 200")
          .contains("Variation: ⇑ Special cause – improving")
          .contains("Intervention: " + level + ". Remedial plan: Agreed:");
    }
  }

  @Test
  void aPublishedReportKeepsItsWarningsAsTheyWereAndShowsThem() throws Exception {
    PublishedReport published = publishing.publish(definition.getId(), Q1, null, named("director"));

    ReportSnapshot kept = publishing.snapshot(published);
    assertThat(kept.targetsAtRisk()).isEqualTo(snapshot().targetsAtRisk());
    assertThat(kept.indicatorExceptions().get(0).intervention().levelText()).isEqualTo(level);
    assertThat(kept.indicatorExceptions().get(0).warning())
        .isEqualTo(snapshot().indicatorExceptions().get(0).warning());

    String page =
        text(
            mvc.perform(get("/reports/published/" + published.getId()).with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page)
        .contains("Targets at risk", "Forecast 150; projection 120; annual target 200", level);
  }

  private static int column(Row header, String name) {
    for (int c = 0; c < header.getLastCellNum(); c++) {
      if (header.getCell(c).getStringCellValue().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("No column " + name);
  }

  /** What a reader reads: the tags dropped, white space closed up. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
  }
}
