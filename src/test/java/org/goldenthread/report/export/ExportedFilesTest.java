package org.goldenthread.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.goldenthread.action.Action;
import org.goldenthread.action.Brag;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.annual.AnnualReport;
import org.goldenthread.report.annual.AnnualReportBuilder;
import org.goldenthread.report.annual.AnnualReportTables;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every exported file holds, read back as a spreadsheet or a reader's program would: text that
 * a spreadsheet would take for a formula is never one in a CSV file (and stays exact in JSON, Excel
 * and Word), and an indicator's figures are those the screen shows, never digits nobody entered.
 */
@GoldenThreadTest
@Transactional
class ExportedFilesTest {

  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

  /** A cell a spreadsheet would run as a formula: one starting =, +, -, @, tab or return. */
  private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d{3})*(\\.\\d+)?%?");

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired PublishingService publishing;
  @Autowired DataEntry dataEntry;
  @Autowired AnnualReportBuilder annual;
  @Autowired ObjectMapper json;

  FinancialYear year;
  Period p;
  Indicator hostile;
  Indicator share;
  Indicator third;
  Action action;
  ReportDefinition definition;

  /**
   * In the latest year over, for a board: an indicator titled like a formula, its value -3.5
   * against a target of -1 with commentary and remedial action like formulas; an action titled like
   * one; and two published calculated indicators whose figures have many decimals: 100 × 117 ÷
   * 142.75 = 81.9614…% (shown 82.0%) and 131 ÷ 3 = 43.666… (shown 44) each quarter; for the year,
   * 81.9614…% again and 524 ÷ 3 = 174.666… (shown 175).
   */
  @BeforeEach
  void aYearOfFiguresAndTextLikeFormulas() {
    year = annual.latestYearOver();
    p = Period.quarter(year.startYear(), 4);
    Body board = make.body();
    FrameworkItem item = make.item(board, null);
    hostile =
        make.indicator(ReportFixtures.unique("XH"), HYPERLINK, Unit.NUMBER, 1, true, null, item);
    make.target(hostile, p, "-1");
    publish(hostile, p, "-3.5", "+cmd", "@SUM(1)");

    Indicator a =
        make.indicator(ReportFixtures.unique("IA"), "A", Unit.COUNT, 2, false, null, null);
    Indicator b =
        make.indicator(ReportFixtures.unique("IB"), "B", Unit.COUNT, 2, false, null, null);
    Indicator c =
        make.indicator(ReportFixtures.unique("IC"), "C", Unit.COUNT, 0, false, null, null);
    share =
        make.indicator(
            ReportFixtures.unique("XS"),
            "Share decided",
            Unit.PERCENT,
            1,
            true,
            "100 * [" + a.getCode() + "] / [" + b.getCode() + "]",
            item);
    third =
        make.indicator(
            ReportFixtures.unique("XT"),
            "A third",
            Unit.NUMBER,
            0,
            true,
            "[" + c.getCode() + "] / 3",
            item);
    make.target(share, p, "90");
    make.target(third, p, "50");
    for (int q = 1; q <= 4; q++) {
      Period quarter = Period.quarter(year.startYear(), q);
      publish(a, quarter, "117", null, null);
      publish(b, quarter, "142.75", null, null);
      publish(c, quarter, "131", null, null);
    }

    LocalDate start = p.start().minusMonths(6);
    action = make.action(ReportFixtures.unique("XA"), "@SUM(1)", item, start, p.end().plusYears(1));
    make.update(action, p, Brag.RED, 20, null, "-2+3");
    definition =
        reports.create(
            ReportServiceTest.form(ReportFixtures.unique("Exports"), ScopeKind.BODY, board.getId()),
            named("admin"));
  }

  private void publish(
      Indicator indicator, Period period, String actual, String commentary, String remedy) {
    IndicatorValue v =
        dataEntry.enter(
            indicator,
            period,
            new ValueForm(actual, null, null, commentary, remedy, null, null),
            named("admin"),
            false);
    dataEntry.submit(v.getId(), named("admin"));
    dataEntry.verify(v.getId(), named("director"));
    dataEntry.publish(v.getId());
  }

  @Test
  void textLikeAFormulaIsWrittenSafeInEveryCsvWhileNumbersStayPlainAndOtherFilesExact()
      throws Exception {
    String quoted = "'" + HYPERLINK;
    PublishedReport published = publishing.publish(definition.getId(), p, null, named("director"));
    String report = "/reports/" + definition.getId() + "/export.";
    String frozen = "/reports/published/" + published.getId() + "/export.";

    List<List<String>> definitions =
        safeCsv(download("/indicators/export/definitions.csv?code=" + hostile.getCode(), "admin"));
    assertThat(row(definitions, hostile.getCode())).contains(quoted);

    List<List<String>> values =
        safeCsv(download("/indicators/export/values.csv?code=" + hostile.getCode(), "admin"));
    assertThat(row(values, hostile.getCode()))
        .contains("-3.5", "-1", "'+cmd", "'@SUM(1)")
        .doesNotContain("+cmd", "@SUM(1)");

    assertThat(row(safeCsv(download("/actions/export.csv", "admin")), action.getCode()))
        .contains("'@SUM(1)")
        .doesNotContain("@SUM(1)");

    for (String url : List.of(report + "csv?period=" + p.label(), frozen + "csv")) {
      List<List<String>> rows = safeCsv(download(url, "councillor"));
      assertThat(row(rows, hostile.getCode()))
          .as(url)
          .contains(quoted, "'+cmd", "'@SUM(1)", "-3.5", "-1.0")
          .doesNotContain(HYPERLINK, "+cmd", "@SUM(1)");
      assertThat(row(rows, action.getCode())).as(url).contains("'@SUM(1)", "'-2+3");
    }

    List<List<String>> annualRows =
        safeCsv(download("/reports/annual/export.csv?year=" + AnnualReport.code(year), "admin"));
    assertThat(row(annualRows, hostile.getCode())).contains(quoted).doesNotContain(HYPERLINK);

    for (String url :
        List.of(
            "/public/data/indicators.csv", "/public/indicators/" + hostile.getCode() + ".csv")) {
      List<List<String>> open = safeCsv(download(url, null));
      assertThat(row(open, hostile.getCode())).as(url).contains(quoted, "-3.5", "-1.0");
    }

    // JSON, Excel and Word keep the text exactly: their cells are text, never formulas.
    JsonNode openJson =
        json.readTree(download("/public/indicators/" + hostile.getCode() + ".json", null));
    assertThat(openJson.get("values").get(0).get("title").asText()).isEqualTo(HYPERLINK);
    assertThat(openJson.get("values").get(0).get("actual").decimalValue())
        .isEqualByComparingTo("-3.5");
    try (XSSFWorkbook book =
        workbook(
            download("/indicators/export/definitions.xlsx?code=" + hostile.getCode(), "admin"))) {
      Cell title = book.getSheetAt(0).getRow(1).getCell(1);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(HYPERLINK);
    }
    try (XSSFWorkbook book =
        workbook(download(report + "xlsx?period=" + p.label(), "councillor"))) {
      Row row = sheetRow(book.getSheet("Exceptions"), 1, hostile.getCode());
      assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo(HYPERLINK);
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(-3.5);
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("+cmd");
    }
    try (XWPFDocument doc =
        new XWPFDocument(
            new ByteArrayInputStream(
                download(report + "docx?period=" + p.label(), "councillor")))) {
      assertThat(cells(doc)).contains(HYPERLINK, "+cmd", "@SUM(1)", "-2+3");
    }
  }

  @Test
  void everyExportShowsAnIndicatorsFiguresAsTheScreenDoes() throws Exception {
    String period = "?period=" + p.label();
    String report = "/reports/" + definition.getId() + "/export.";
    assertThat(download("/reports/" + definition.getId() + period, "councillor"))
        .asString(StandardCharsets.UTF_8)
        .contains("82.0%", ">44<");
    PublishedReport published = publishing.publish(definition.getId(), p, null, named("director"));

    for (String url :
        List.of(
            report + "csv" + period, "/reports/published/" + published.getId() + "/export.csv")) {
      List<CSVRecord> rows = ReportExportsTest.csv(download(url, "councillor"));
      for (String section : List.of("Exceptions", "Detail")) {
        String actual = section.equals("Detail") ? "Actual" : "Actual (actions: % complete)";
        assertThat(record(rows, section, share).get(actual)).as(url).isEqualTo("82.0");
        assertThat(record(rows, section, share).get("Target")).as(url).isEqualTo("90.0");
        assertThat(record(rows, section, third).get(actual)).as(url).isEqualTo("44");
      }
    }

    DataFormatter shown = new DataFormatter();
    try (XSSFWorkbook book = workbook(download(report + "xlsx" + period, "councillor"))) {
      for (String[] sheet : new String[][] {{"Exceptions", "1", "5"}, {"Detail", "0", "3"}}) {
        int code = Integer.parseInt(sheet[1]);
        int actual = Integer.parseInt(sheet[2]);
        Cell s = sheetRow(book.getSheet(sheet[0]), code, share.getCode()).getCell(actual);
        assertThat(s.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(s.getNumericCellValue()).isEqualTo(82.0);
        assertThat(shown.formatCellValue(s)).isEqualTo("82.0%");
        Cell t = sheetRow(book.getSheet(sheet[0]), code, third.getCode()).getCell(actual);
        assertThat(t.getNumericCellValue()).isEqualTo(44.0);
        assertThat(shown.formatCellValue(t)).isEqualTo("44");
      }
    }

    try (XWPFDocument doc =
        new XWPFDocument(
            new ByteArrayInputStream(download(report + "docx" + period, "councillor")))) {
      List<String> cells = cells(doc);
      assertThat(cells).contains("82.0%", "90.0%", "44");
      assertThat(String.join(" ", cells)).doesNotContain("81.96", "43.66", "43.67");
    }

    try (PDDocument doc = PDDocument.load(download(report + "pdf" + period, "councillor"))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("82.0%", " 44 ").doesNotContain("81.96", "43.66", "43.67");
    }

    String yearCode = "?year=" + AnnualReport.code(year);
    String outturn = "Outturn " + year.label();
    List<CSVRecord> annualRows =
        ReportExportsTest.csv(download("/reports/annual/export.csv" + yearCode, "admin"));
    assertThat(annualRecord(annualRows, share).get(outturn)).isEqualTo("82.0");
    assertThat(annualRecord(annualRows, share).get("Unit")).isEqualTo("Percentage");
    assertThat(annualRecord(annualRows, third).get(outturn)).isEqualTo("175");
    try (XSSFWorkbook book =
        workbook(download("/reports/annual/export.xlsx" + yearCode, "admin"))) {
      Sheet sheet = book.getSheet(AnnualReportTables.INDICATORS);
      int column = column(sheet, outturn);
      Cell s = sheetRow(sheet, 1, share.getCode()).getCell(column);
      assertThat(s.getNumericCellValue()).isEqualTo(82.0);
      assertThat(shown.formatCellValue(s)).isEqualTo("82.0%");
      Cell t = sheetRow(sheet, 1, third.getCode()).getCell(column);
      assertThat(t.getNumericCellValue()).isEqualTo(175.0);
      assertThat(shown.formatCellValue(t)).isEqualTo("175");
    }
    try (PDDocument doc =
        PDDocument.load(download("/reports/annual/export.pdf" + yearCode, "admin"))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("82.0%", " 175 ").doesNotContain("81.96", "174.66", "174.67");
    }

    byte[] open = download("/public/indicators/" + share.getCode() + ".csv", null);
    assertThat(row(safeCsv(open), share.getCode())).contains("82.0");
    assertThat(open).asString(StandardCharsets.UTF_8).doesNotContain("81.96");
  }

  private byte[] download(String url, String user) throws Exception {
    var request = get(url);
    if (user != null) {
      RequestPostProcessor as = users.as(user);
      request = request.with(as);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /**
   * The rows of a CSV file (with or without a byte-order mark), after checking that no cell in it
   * is one a spreadsheet would run as a formula: text starting =, +, @, a tab or a return never
   * appears, and a cell starting - is a number.
   */
  private static List<List<String>> safeCsv(byte[] file) throws Exception {
    String text = new String(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
      for (String cell : record) {
        if (FORMULA.matcher(cell).matches()) {
          assertThat(cell).as("a cell a spreadsheet would run").matches(NUMBER);
        }
      }
      rows.add(record.toList());
    }
    return rows;
  }

  /** The first row with a cell holding the code. */
  private static List<String> row(List<List<String>> rows, String code) {
    return rows.stream().filter(r -> r.contains(code)).findFirst().orElseThrow();
  }

  private static CSVRecord record(List<CSVRecord> rows, String section, Indicator indicator) {
    return rows.stream()
        .filter(r -> r.get("Section").equals(section) && r.get("Code").equals(indicator.getCode()))
        .findFirst()
        .orElseThrow();
  }

  private static CSVRecord annualRecord(List<CSVRecord> rows, Indicator indicator) {
    return record(rows, AnnualReportTables.INDICATORS, indicator);
  }

  private static XSSFWorkbook workbook(byte[] file) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(file));
  }

  private static Row sheetRow(Sheet sheet, int codeColumn, String code) {
    for (Row row : sheet) {
      Cell cell = row.getCell(codeColumn);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("No row for " + code + " in " + sheet.getSheetName());
  }

  private static int column(Sheet sheet, String heading) {
    for (Cell c : sheet.getRow(0)) {
      if (c.getStringCellValue().equals(heading)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("No column " + heading);
  }

  /** The text of every table cell of a Word document. */
  private static List<String> cells(XWPFDocument doc) {
    List<String> cells = new ArrayList<>();
    for (XWPFTable table : doc.getTables()) {
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          cells.add(cell.getText());
        }
      }
    }
    return cells;
  }
}
