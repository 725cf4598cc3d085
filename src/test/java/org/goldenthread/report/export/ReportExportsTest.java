package org.goldenthread.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.goldenthread.action.Action;
import org.goldenthread.action.Brag;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.jobs.JobsProperties;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each export of a report built on a small council of its own, read back as a reader's program
 * would: the counts, shares and figures are those of the report, and numbers stay numbers.
 */
@GoldenThreadTest
@Transactional
public class ReportExportsTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired ReportPdf pdf;
  @Autowired Figures figures;
  @Autowired PublishingService publishing;
  @Autowired DataEntry dataEntry;
  @Autowired DisplayFormats fmt;
  @Autowired JobsProperties jobSettings;

  Period p;
  Indicator red;
  Indicator green;
  Action late;
  ReportDefinition definition;
  ReportSnapshot snapshot;

  /**
   * A board with three indicators (red 40 against 100, green 12.5 against 12.5, one without data)
   * and two actions (red, and green).
   */
  @BeforeEach
  void aBoardReport() {
    p = make.reportedQuarter();
    Body board = make.body();
    FrameworkItem item = make.item(board, null);
    red = make.indicator(ReportFixtures.unique("XR"), item);
    make.target(red, p, "100");
    make.value(red, p, "40", "Two posts vacant", "Agency staff from May");
    green = make.indicator(ReportFixtures.unique("XG"), item);
    make.target(green, p, "12.5");
    make.value(green, p, "12.5", null, null);
    Indicator missing = make.indicator(ReportFixtures.unique("XN"), item);
    make.target(missing, p, "10");
    LocalDate start = p.start().minusMonths(6);
    late = make.action(ReportFixtures.unique("XL"), item, start, p.end().plusYears(1));
    make.update(late, p, Brag.RED, 20, null);
    Action fine = make.action(ReportFixtures.unique("XF"), item, start, p.end().plusYears(1));
    make.update(fine, p, Brag.GREEN, 60, null);
    definition =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Corporate performance"), ScopeKind.BODY, board.getId()),
            named("admin"));
    snapshot = ReportSnapshot.of(builder.build(definition, p), figures);
  }

  @Test
  void theCsvHasAHeaderAndARowPerSummaryExceptionAndDetailLineWithPlainNumbers() throws Exception {
    List<CSVRecord> rows = csv(ReportCsv.write(snapshot, null));
    List<CSVRecord> summary = section(rows, "Summary");
    // Five indicator statuses and a total, four BRAG statuses, not yet assessed and a total.
    assertThat(summary).hasSize(12);
    CSVRecord redRow = find(summary, "Indicators", "Red");
    assertThat(redRow.get("Count")).isEqualTo("1");
    assertThat(redRow.get("Share (%)")).isEqualTo("33.3");
    assertThat(redRow.get("Symbol")).isEqualTo("✖");
    assertThat(find(summary, "Indicators", "Total").get("Count")).isEqualTo("3");
    assertThat(find(summary, "Actions", "Red").get("Share (%)")).isEqualTo("50.0");

    List<CSVRecord> exceptions = section(rows, "Exceptions");
    assertThat(exceptions).hasSize(2);
    assertThat(exceptions.get(0).get("Code")).isEqualTo(red.getCode());
    assertThat(exceptions.get(0).get("Actual (actions: % complete)")).isEqualTo("40");
    assertThat(exceptions.get(0).get("Commentary")).isEqualTo("Two posts vacant");
    assertThat(exceptions.get(0).get("Remedial action")).isEqualTo("Agency staff from May");
    assertThat(exceptions.get(1).get("Kind")).isEqualTo("Action");
    assertThat(exceptions.get(1).get("Code")).isEqualTo(late.getCode());

    List<CSVRecord> detail = section(rows, "Detail");
    assertThat(detail).hasSize(3);
    CSVRecord g =
        detail.stream().filter(r -> r.get("Code").equals(green.getCode())).findFirst().get();
    // 12.5 at the indicator's 0 decimal places, as the screen shows it.
    assertThat(g.get("Actual")).isEqualTo("13");
    assertThat(g.get("Target")).isEqualTo("13");
    assertThat(g.get("Status")).isEqualTo("Green");
    assertThat(g.get("Period")).isEqualTo(p.label());
    assertThat(g.get("Year to date")).isEqualTo("No");
  }

  @Test
  void theWorkbookHasASheetPerSectionWithNumbersAsNumbersAndAFrozenBoldHeader() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(snapshot, null)))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3);
      Sheet summary = book.getSheet("Summary");
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
      assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(
              book.getFontAt(summary.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      Row redRow = summary.getRow(3);
      assertThat(redRow.getCell(1).getStringCellValue()).isEqualTo("Red");
      assertThat(redRow.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(redRow.getCell(3).getNumericCellValue()).isEqualTo(1.0);
      assertThat(redRow.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(redRow.getCell(4).getNumericCellValue()).isEqualTo(33.3);
      assertThat(summary.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Total");
      assertThat(summary.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(3.0);
      assertThat(summary.getColumnWidth(1)).isGreaterThan(summary.getColumnWidth(2));

      Sheet exceptions = book.getSheet("Exceptions");
      assertThat(exceptions.getRow(1).getCell(1).getStringCellValue()).isEqualTo(red.getCode());
      assertThat(exceptions.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(40.0);
      assertThat(exceptions.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(100.0);

      Sheet detail = book.getSheet("Detail");
      assertThat(detail.getLastRowNum()).isEqualTo(3);
      Row g = null;
      for (Row row : detail) {
        if (row.getCell(0).getStringCellValue().equals(green.getCode())) {
          g = row;
        }
      }
      assertThat(g).isNotNull();
      assertThat(g.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(g.getCell(3).getNumericCellValue()).as("12.5 as shown").isEqualTo(13.0);
      assertThat(g.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }
  }

  @Test
  void theWordDocumentHasHeadingsForTheNavigationPaneAndRepeatingTableHeaders() throws Exception {
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(ReportDocument.write(snapshot, null)))) {
      assertThat(doc.getProperties().getCoreProperties().getTitle())
          .isEqualTo(definition.getTitle());
      List<String> headings =
          doc.getParagraphs().stream()
              .filter(x -> "Heading1".equals(x.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(headings).containsExactly("Summary", "Exceptions", "Every indicator in detail");
      assertThat(
              doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
          .isZero();
      String text =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertThat(text).contains(definition.getTitle(), "Period: " + p.label(), "For: Cabinet");
      assertThat(doc.getTables()).hasSize(3);
      for (XWPFTable table : doc.getTables()) {
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      }
      XWPFTable exceptions = doc.getTables().get(1);
      assertThat(exceptions.getRow(1).getCell(1).getText()).isEqualTo(red.getCode());
      assertThat(exceptions.getRow(1).getCell(3).getText()).isEqualTo("✖ Red");
      assertThat(exceptions.getRow(1).getCell(6).getText()).isEqualTo("Two posts vacant");
    }
  }

  @Test
  void thePdfReadsAsACommitteePaperAndIsTaggedTitledAndEmbedsItsFonts() throws Exception {
    try (PDDocument doc = PDDocument.load(pdf.write(snapshot, null))) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(4);
      String titlePage = page(doc, 1);
      assertThat(titlePage)
          .contains(definition.getTitle(), "For Cabinet", "Period: " + p.label())
          .contains("Page 1 of " + pages);
      String contents = page(doc, 2);
      assertThat(contents).contains("Contents").containsPattern("Summary\\s*— page 3");
      assertThat(contents).containsPattern("Exceptions\\s*— page \\d");
      assertThat(contents).contains("Page 2 of " + pages);
      String summary = page(doc, 3);
      assertThat(summary)
          .contains("Summary", "✖ Red", "33.3%", "50.0%", "★ Blue", "Page 3 of " + pages);
      String rest = "";
      for (int i = 4; i <= pages; i++) {
        rest += page(doc, i).replaceAll("\\s+", " ");
      }
      assertThat(rest)
          .contains("Exceptions", red.getCode(), "Two posts vacant", "Agency staff from May")
          .contains(late.getCode(), "Every indicator in detail", green.getCode());

      assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      List<PDStructureElement> charts = new ArrayList<>();
      figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), charts);
      assertThat(charts).as("each chart is a figure with its alternative text").isNotEmpty();
      assertThat(charts)
          .allSatisfy(
              f -> assertThat(f.getAlternateDescription()).contains("actual against target"));
      assertThat(doc.getDocumentInformation().getTitle()).startsWith(definition.getTitle());
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  /** The figures of a tagged PDF's structure tree, wherever they sit in it. */
  private static void figures(List<Object> kids, List<PDStructureElement> found) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          found.add(element);
        }
        figures(element.getKids(), found);
      }
    }
  }

  private static String page(PDDocument doc, int n) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(n);
    stripper.setEndPage(n);
    return stripper.getText(doc);
  }

  @Test
  void eachExportDownloadsWithItsTypeAndAFileNameFromTitleAndPeriod() throws Exception {
    String base = ReportTables.fileName(snapshot, null, "");
    assertThat(base).endsWith("-" + p.label().replace('/', '-').replace(' ', '-') + ".");
    assertThat(base).startsWith("corporate-performance-");
    for (String[] format :
        new String[][] {
          {"pdf", "application/pdf"},
          {"csv", "text/csv;charset=UTF-8"},
          {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
          {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
        }) {
      mvc.perform(
              get("/reports/" + definition.getId() + "/export." + format[0])
                  .param("period", p.label())
                  .with(users.as("councillor")))
          .andExpect(status().isOk())
          .andExpect(content().contentType(format[1]))
          .andExpect(
              header()
                  .string(
                      "Content-Disposition", "attachment; filename=\"" + base + format[0] + "\""));
    }
  }

  @Test
  void theReportPageLinksToEachExportForItsPeriod() throws Exception {
    String period = p.label().replace(" ", "%20");
    String page =
        mvc.perform(
                get("/reports/" + definition.getId())
                    .param("period", p.label())
                    .with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String format : new String[] {"pdf", "docx", "xlsx", "csv"}) {
      assertThat(page)
          .contains("/reports/" + definition.getId() + "/export." + format + "?period=" + period);
    }
  }

  @Test
  void aPdfPreparedInTheBackgroundShowsItsProgressAndIsThenDownloadedByItsOwnerOnly()
      throws Exception {
    String fileName = ReportTables.fileName(snapshot, null, "pdf");
    String job =
        startedInTheBackground(
            post("/reports/" + definition.getId() + "/pdf-jobs").param("period", p.label()),
            fileName);
    byte[] downloaded = preparedInTheBackground(job, fileName);
    try (PDDocument doc = PDDocument.load(downloaded)) {
      assertThat(page(doc, 1)).contains(definition.getTitle());
    }
    // Kept on disk in the jobs directory, and streamed from there.
    String id = job.substring(job.lastIndexOf('/') + 1);
    assertThat(jobSettings.directory().resolve(id + ".out")).hasBinaryContent(downloaded);
    mvc.perform(get(job).with(users.as("admin"))).andExpect(status().isNotFound());
    mvc.perform(get(job + "/progress").with(users.as("admin"))).andExpect(status().isNotFound());
    mvc.perform(get(job + "/file").with(users.as("admin"))).andExpect(status().isNotFound());
  }

  @Test
  void aPublishedReportsPdfIsPreparedInTheBackgroundAsPublished() throws Exception {
    PublishedReport published = publishing.publish(definition.getId(), p, null, named("director"));
    dataEntry.enter(
        red,
        p,
        new ValueForm("120", null, null, null, null, "Late returns added", null),
        named("admin"),
        false);
    ReportSnapshot frozen = publishing.snapshot(published);
    String fileName =
        ReportTables.fileName(frozen, publishing.publication(published, frozen), "pdf");
    assertThat(
            mvc.perform(get("/reports/published/" + published.getId()).with(users.as("councillor")))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("/reports/published/" + published.getId() + "/pdf-jobs");
    String job =
        startedInTheBackground(
            post("/reports/published/" + published.getId() + "/pdf-jobs"), fileName);
    try (PDDocument doc = PDDocument.load(preparedInTheBackground(job, fileName))) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("as published on", "Corrected since publication: now 120")
          .containsPattern(red.getCode() + " Indicator " + red.getCode() + " ✖ Red 40 ");
    }
  }

  /** Starts a background PDF as a councillor; answers the job's progress page. */
  private String startedInTheBackground(MockHttpServletRequestBuilder start, String fileName)
      throws Exception {
    String job =
        mvc.perform(start.with(users.as("councillor")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(job).startsWith("/reports/exports/");
    mvc.perform(get(job).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Preparing " + fileName)));
    return job;
  }

  /** Follows the job's progress until the PDF is ready, and downloads it. */
  private byte[] preparedInTheBackground(String job, String fileName) throws Exception {
    String progress = "";
    for (int i = 0; i < 240 && !progress.contains("The PDF is ready"); i++) {
      Thread.sleep(250);
      progress =
          mvc.perform(get(job + "/progress").with(users.as("councillor")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
    }
    assertThat(progress).contains("The PDF is ready", job + "/file").doesNotContain("hx-get");
    return mvc.perform(get(job + "/file").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(
            header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /**
   * Published, then the red figure corrected from 40 to 120 (now green): each published file still
   * shows 40 and the red exception, says it is the report as published and lists the correction;
   * each live file shows 120 and no exception.
   */
  @Test
  void aPublishedReportDownloadsAsPublishedAfterACorrectionAndTheLiveOneAsItIsNow()
      throws Exception {
    PublishedReport published = publishing.publish(definition.getId(), p, null, named("director"));
    dataEntry.enter(
        red,
        p,
        new ValueForm("120", null, null, null, null, "Late returns added", null),
        named("admin"),
        false);
    String frozen = "/reports/published/" + published.getId() + "/export.";
    String live = "/reports/" + definition.getId() + "/export.";
    String on = "as published on " + fmt.dateTime(published.getPublishedAt());

    List<CSVRecord> csv = csv(download(frozen + "csv", "csv"));
    assertThat(section(csv, "Published").get(0).get("Published on"))
        .isEqualTo(fmt.dateTime(published.getPublishedAt()));
    assertThat(find(section(csv, "Summary"), "Indicators", "Red").get("Count")).isEqualTo("1");
    assertThat(section(csv, "Exceptions").get(0).get("Actual (actions: % complete)"))
        .isEqualTo("40");
    assertThat(detailRow(csv, red).get("Actual")).isEqualTo("40");
    assertThat(section(csv, "Corrections"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.get("Code")).isEqualTo(red.getCode());
              assertThat(c.get("Actual as published")).isEqualTo("40");
              assertThat(c.get("Actual now")).isEqualTo("120");
            });
    List<CSVRecord> liveCsv = csv(download(live + "csv", "csv"));
    assertThat(section(liveCsv, "Published")).isEmpty();
    assertThat(find(section(liveCsv, "Summary"), "Indicators", "Red").get("Count")).isEqualTo("0");
    assertThat(detailRow(liveCsv, red).get("Actual")).isEqualTo("120");

    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(download(frozen + "xlsx", "xlsx")))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Published");
      Sheet exceptions = book.getSheet("Exceptions");
      assertThat(exceptions.getRow(1).getCell(1).getStringCellValue()).isEqualTo(red.getCode());
      assertThat(exceptions.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(40.0);
      assertThat(detailActual(book, red)).isEqualTo(40.0);
      assertThat(book.getSheet("Corrections").getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("120");
    }
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(download(live + "xlsx", "xlsx")))) {
      assertThat(book.getSheet("Published")).isNull();
      assertThat(detailActual(book, red)).isEqualTo(120.0);
    }

    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(download(frozen + "docx", "docx")))) {
      assertThat(text(doc))
          .contains("This is the report " + on, "1 figure has been corrected since publication");
      XWPFTable exceptions = table(doc, "Exceptions");
      assertThat(exceptions.getRow(1).getCell(1).getText()).isEqualTo(red.getCode());
      assertThat(exceptions.getRow(1).getCell(4).getText()).isEqualTo("40");
      XWPFTable corrections = table(doc, "Corrections since publication");
      assertThat(corrections.getRow(1).getCell(0).getText()).isEqualTo(red.getCode());
      assertThat(corrections.getRow(1).getCell(3).getText()).isEqualTo("120");
    }
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(download(live + "docx", "docx")))) {
      assertThat(text(doc)).doesNotContain("as published");
      assertThat(table(doc, "Exceptions").getRow(1).getCell(1).getText()).isEqualTo(late.getCode());
    }

    try (PDDocument doc = PDDocument.load(download(frozen + "pdf", "pdf"))) {
      String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(page(doc, 1).replaceAll("\\s+", " "))
          .contains("This is the report " + on, "1 figure has been corrected since publication");
      assertThat(all)
          .contains("Corrections since publication", "Corrected since publication: now 120")
          .containsPattern(red.getCode() + " Indicator " + red.getCode() + " ✖ Red 40 ");
    }
    try (PDDocument doc = PDDocument.load(download(live + "pdf", "pdf"))) {
      String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(all)
          .doesNotContain("as published", "Corrected since publication")
          // The detail table's indicator column is narrow: a title may wrap after a hyphen.
          .containsPattern(
              red.getCode() + " Indicator " + red.getCode().replace("-", "- ?") + " 120 ");
    }
  }

  @Test
  void thePublishedPageLinksToEachExportAsPublished() throws Exception {
    PublishedReport published = publishing.publish(definition.getId(), p, null, named("director"));
    String page =
        mvc.perform(get("/reports/published/" + published.getId()).with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String format : new String[] {"pdf", "docx", "xlsx", "csv"}) {
      assertThat(page).contains("/reports/published/" + published.getId() + "/export." + format);
    }
    mvc.perform(
            get("/reports/published/" + published.getId() + "/export.csv")
                .with(users.as("councillor")))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\""
                        + ReportTables.fileName(snapshot, null, "").replaceAll("\\.$", "")
                        + "-published.csv\""));
    mvc.perform(
            get("/reports/published/" + published.getId() + "/export.odt")
                .with(users.as("councillor")))
        .andExpect(status().isNotFound());
  }

  private byte[] download(String url, String extension) throws Exception {
    return mvc.perform(get(url).param("period", p.label()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("." + extension + "\"")))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static CSVRecord detailRow(List<CSVRecord> rows, Indicator indicator) {
    return section(rows, "Detail").stream()
        .filter(r -> r.get("Code").equals(indicator.getCode()))
        .findFirst()
        .orElseThrow();
  }

  private static double detailActual(XSSFWorkbook book, Indicator indicator) {
    for (Row row : book.getSheet("Detail")) {
      if (row.getCell(0).getStringCellValue().equals(indicator.getCode())) {
        return row.getCell(3).getNumericCellValue();
      }
    }
    throw new AssertionError("No detail row for " + indicator.getCode());
  }

  private static String text(XWPFDocument doc) {
    return doc.getParagraphs().stream()
        .map(XWPFParagraph::getText)
        .collect(Collectors.joining("\n"));
  }

  /** The table that follows the heading. */
  private static XWPFTable table(XWPFDocument doc, String heading) {
    boolean found = false;
    for (var element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph para && para.getText().equals(heading)) {
        found = true;
      } else if (found && element instanceof XWPFTable t) {
        return t;
      }
    }
    throw new AssertionError("No table under " + heading);
  }

  @Test
  void aPeriodThatCannotBeReadIsRefused() throws Exception {
    mvc.perform(
            get("/reports/" + definition.getId() + "/export.csv")
                .param("period", "soon")
                .with(users.as("councillor")))
        .andExpect(status().isBadRequest());
  }

  public static List<CSVRecord> csv(byte[] bytes) throws Exception {
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    try (Reader in =
        new InputStreamReader(
            new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
    }
  }

  private static List<CSVRecord> section(List<CSVRecord> rows, String name) {
    return rows.stream().filter(r -> r.get("Section").equals(name)).toList();
  }

  private static CSVRecord find(List<CSVRecord> rows, String table, String status) {
    return rows.stream()
        .filter(r -> r.get("Table").equals(table) && r.get("Status").equals(status))
        .findFirst()
        .orElseThrow();
  }
}
