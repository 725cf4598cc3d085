package org.goldenthread.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.goldenthread.indicator.Figures;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.RiskReportFixtures;
import org.goldenthread.report.RiskTables;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every export carries the risk sections and each indicator's and action's related risks; a
 * confidential risk is counted in them but never described to someone who may not have it described
 * (and never in the snapshot publishing keeps).
 */
@GoldenThreadTest
class RiskExportsTest {

  @Autowired RiskReportFixtures fixtures;
  @Autowired ReportBuilder builder;
  @Autowired Figures figures;
  @Autowired ReportPdf pdf;
  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;

  RiskReportFixtures.Made m;
  ReportSnapshot snapshot;

  @BeforeEach
  void setUp() {
    m = fixtures.create();
    snapshot = ReportSnapshot.of(builder.build(m.report(), RiskReportFixtures.QUARTER), figures);
  }

  private String code(String letter) {
    return m.prefix() + "-" + letter;
  }

  private String title(String letter) {
    return "Risk " + letter + " of " + code(letter);
  }

  @Test
  void theCsvHasEachRiskSectionAndTheRelatedRisks() throws Exception {
    List<CSVRecord> rows = ReportExportsTest.csv(ReportCsv.write(snapshot, null));
    List<CSVRecord> top = section(rows, RiskTables.TOP);
    assertThat(top.stream().map(r -> r.get("Code")))
        .containsExactly(code("B"), code("A"), code("C"), code("D"), "");
    assertThat(top.get(0).get("Current score")).isEqualTo("20");
    assertThat(top.get(0).get("Band")).isEqualTo("▲ High");
    assertThat(top.get(4).get("Title")).isEqualTo("1 confidential risk not described");
    assertThat(section(rows, RiskTables.ABOVE_APPETITE).stream().map(r -> r.get("Above by")))
        .containsExactly("12", "4", "");
    assertThat(section(rows, RiskTables.MOVEMENTS).stream().map(r -> r.get("Movement")))
        .containsExactly("▲ Up", "★ New", "▼ Down", "✕ Closed");
    assertThat(section(rows, RiskTables.OVERDUE).stream().map(r -> r.get("Code")))
        .containsExactly(code("B"), "");
    CSVRecord likely4 = section(rows, RiskTables.HEAT_MAP).get(1);
    assertThat(likely4.get("Impact 4")).isEqualTo("1");
    assertThat(likely4.get("Impact 5")).as("the confidential risk, counted").isEqualTo("1");
    CSVRecord control = section(rows, RiskTables.CONTROLS).get(0);
    assertThat(control.get("Control")).isEqualTo("Weekly placement panel");
    assertThat(control.get("Effectiveness")).isEqualTo("Partly effective");
    CSVRecord action = section(rows, RiskTables.MITIGATIONS).get(0);
    assertThat(action.get("Action")).isEqualTo(m.action().getCode());
    assertThat(action.get("Status")).isEqualTo("Red");
    assertThat(action.get("Due")).isEqualTo("2027-03-31");

    CSVRecord detail =
        section(rows, "Detail").stream()
            .filter(r -> r.get("Code").equals(m.indicator().getCode()))
            .findFirst()
            .orElseThrow();
    assertThat(detail.get("Related risks"))
        .isEqualTo(
            code("A") + " " + title("A") + " (16, ▲ High); 1 confidential risk not described");
    String all =
        new String(ReportCsv.write(snapshot, null), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(all).doesNotContain(title("H"), code("H"));
  }

  @Test
  void theWorkbookHasASheetPerRiskSection() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(snapshot, null)))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(10);
      Sheet top = book.getSheet(RiskTables.TOP);
      assertThat(top.getRow(1).getCell(0).getStringCellValue()).isEqualTo(code("B"));
      assertThat(top.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(top.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(20.0);
      assertThat(book.getSheet(RiskTables.MITIGATIONS).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo(m.action().getCode());
    }
  }

  @Test
  void theWordDocumentHasAHeadingAndATablePerRiskSection() throws Exception {
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(ReportDocument.write(snapshot, null)))) {
      List<String> headings =
          doc.getParagraphs().stream()
              .filter(x -> "Heading1".equals(x.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(headings)
          .containsSubsequence(
              RiskTables.HEAT_MAP,
              RiskTables.TOP,
              RiskTables.ABOVE_APPETITE,
              RiskTables.MOVEMENTS,
              RiskTables.OVERDUE,
              RiskTables.CONTROLS,
              RiskTables.MITIGATIONS);
      String tables =
          doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
      assertThat(tables)
          .contains(title("B"), "Weekly placement panel", "1 confidential risk not described")
          .doesNotContain(title("H"));
    }
  }

  @Test
  void thePdfHasTheRiskSectionsAndTheRelatedRisks() throws Exception {
    try (PDDocument doc = PDDocument.load(pdf.write(snapshot, null))) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Risks", "Heat map", "Top risks", "Risks above appetite", "Movements")
          .contains("Overdue reviews", "Controls and mitigating actions")
          .contains(title("B"), title("A"), "Weekly placement panel", "Partly effective")
          .contains("1 confidential risk not described")
          .contains("Related risks: " + code("A"))
          .doesNotContain(title("H"));
      assertThat(text).containsPattern("Risks\\s*— page \\d");
    }
  }

  @Test
  void aDownloadDescribesTheConfidentialRiskOnlyToThoseWhoMayHaveItDescribed() throws Exception {
    String url =
        "/reports/"
            + m.report().getId()
            + "/export.csv?period="
            + RiskReportFixtures.QUARTER.label();
    String asAdmin =
        mvc.perform(get(url).with(users.as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(asAdmin).contains(title("H")).doesNotContain("confidential risk not described");
    String asOwner =
        mvc.perform(get(url).with(users.as(m.council().officerUsername())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(asOwner).contains(title("H"));
    String asMember =
        mvc.perform(get(url).with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(asMember)
        .contains(title("B"), "1 confidential risk not described")
        .doesNotContain(title("H"));
  }

  private static List<CSVRecord> section(List<CSVRecord> rows, String name) {
    return rows.stream().filter(r -> r.get("Section").equals(name)).toList();
  }
}
