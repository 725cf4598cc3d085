package org.goldenthread.report.cover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A report's cover through to its papers, read back as a clerk's programs would: the PDF (its text
 * extracted) and the Word paper (opened with POI: header and footer fields, styles, the chart as a
 * picture with alternative text).
 */
@GoldenThreadTest
class CoverPapersTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired ReportService reports;
  @Autowired GovernanceService governance;

  FixtureCouncil.Council council;
  Body cabinet;
  ReportDefinition definition;
  Period quarter;

  /** A report in detail of the fixture's indicator, to a Cabinet, with its cover filled in. */
  @BeforeEach
  void aReportWithItsCover() throws Exception {
    council = fixtures.create();
    quarter = fixtures.dueQuarter();
    fixtures.enter(council, quarter, "90");
    cabinet =
        governance.createBody(
            new BodyForm(FixtureCouncil.unique("Cabinet"), BodyType.CABINET, null, null, null));
    definition =
        reports.create(
            ReportForm.covering(
                FixtureCouncil.unique("Agenda report"),
                "Cabinet",
                ScopeKind.CHOSEN,
                null,
                List.of(council.indicator().getId()),
                List.of(),
                true,
                PeriodType.QUARTER,
                null),
            named("admin"));
    reports.schedule(
        definition.getId(), cabinet.getId(), Frequency.QUARTERLY, LocalDate.of(2026, 12, 9));
    mvc.perform(
            post("/reports/" + definition.getId() + "/cover")
                .param("period", quarter.label())
                .with(users.as(council.managerUsername()))
                .with(csrf())
                .param("bodyId", String.valueOf(cabinet.getId()))
                .param("meetingDate", "2026-12-09")
                .param("agendaItem", "7")
                .param("title", "Quarterly performance report")
                .param("reportOf", "Director of Place")
                .param("contactOfficerId", String.valueOf(council.officer().getId()))
                .param("wards", "All wards")
                .param("keyDecision", "true")
                .param("forwardPlanReference", "FP/26/14")
                .param("exempt", "false")
                .param("purpose", "To report how the plan is going.")
                .param(
                    "recommendations",
                    "Cabinet notes the performance for the quarter.\n"
                        + "Cabinet asks for a remedial plan for each red indicator.")
                .param("reasons", "So that Cabinet can hold services to account.")
                .param("financialImplications", "Met from existing budgets."))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void thePdfOpensWithTheCoverAndNumberedRecommendations() throws Exception {
    byte[] pdf = download("pdf");
    try (PDDocument doc = PDDocument.load(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(
              "Report to " + cabinet.getName(),
              "Agenda item 7",
              "Quarterly performance report",
              "Director of Place",
              council.officer().getFullName(),
              "Yes (forward plan reference FP/26/14)",
              "Open",
              "1. Recommendations",
              "2. Purpose of the report",
              "To report how the plan is going.",
              "So that Cabinet can hold services to account.",
              "Financial implications",
              "Met from existing budgets.")
          .containsPattern("1\\.1\\s+Cabinet notes the performance for the quarter\\.")
          .containsPattern("1\\.2\\s+Cabinet asks for a remedial plan")
          .doesNotContain("Legal implications");
      // The cover comes before the performance content.
      assertThat(text.indexOf("1. Recommendations")).isLessThan(text.indexOf("Exceptions"));
    }
  }

  @Test
  void theWordPaperIsOneAClerkCanDropIntoTheAgenda() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
      String header =
          doc.getHeaderList().stream().map(h -> h.getText()).collect(Collectors.joining("\n"));
      assertThat(header).contains(cabinet.getName(), "9 December 2026");
      String footer =
          doc.getFooterList().stream()
              .flatMap(f -> f.getParagraphs().stream())
              .map(p -> p.getCTP().xmlText())
              .collect(Collectors.joining());
      assertThat(footer).contains("Page ", " of ").contains(" PAGE ", " NUMPAGES ");
      assertThat(footer).contains("w:fldChar");

      List<String> headings =
          doc.getParagraphs().stream()
              .filter(p -> "Heading1".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(headings)
          .startsWith(
              "1. Recommendations",
              "2. Purpose of the report",
              "3. Reasons for the recommendations",
              "4. Implications",
              "5. Performance in " + quarter.label());
      String text =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertThat(text)
          .contains(
              "1.1  Cabinet notes the performance for the quarter.",
              "1.2  Cabinet asks for a remedial plan for each red indicator.",
              "Met from existing budgets.");

      XWPFTable cover = doc.getTables().get(0);
      assertThat(cover.getRow(0).getCell(0).getText()).isEqualTo("Report to");
      assertThat(cover.getRow(0).getCell(1).getText()).isEqualTo(cabinet.getName());
      assertThat(cover.getText()).contains("Director of Place", "FP/26/14", "All wards");
      assertThat(doc.getStyles().getStyle("TableGrid").getName()).isEqualTo("Table Grid");
      for (XWPFTable table : doc.getTables()) {
        assertThat(table.getStyleID()).isEqualTo("TableGrid");
      }
      assertThat(doc.getTables().get(1).getRow(0).isRepeatHeader()).isTrue();

      assertThat(doc.getAllPictures()).isNotEmpty();
      assertThat(doc.getAllPictures().get(0).getData()).startsWith(0x89, 'P', 'N', 'G');
      String body = doc.getDocument().xmlText();
      assertThat(body)
          .containsPattern("descr=\"[^\"]*" + council.indicator().getTitle().substring(0, 10));
    }
  }

  private byte[] download(String format) throws Exception {
    return mvc.perform(
            get("/reports/" + definition.getId() + "/export." + format)
                .param("period", quarter.label())
                .param("bodyId", String.valueOf(cabinet.getId()))
                .with(users.as(council.managerUsername())))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
