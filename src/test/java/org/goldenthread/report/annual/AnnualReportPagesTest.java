package org.goldenthread.report.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.ApiTokenService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.report.export.ReportExportsTest;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@GoldenThreadTest
@Transactional
class AnnualReportPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired AnnualReportBuilder builder;
  @Autowired PersonRepository people;
  @Autowired AccountService accounts;
  @Autowired ApiTokenService tokens;

  FinancialYear year;
  String code;

  @BeforeEach
  void theLatestYearOver() {
    year = builder.latestYearOver();
    code = AnnualReport.code(year);
  }

  @Test
  void theSignedInReportShowsEveryPriorityWithStatusByWordSymbolAndColour() throws Exception {
    AnnualReport report = builder.build(year);
    String page =
        mvc.perform(get("/reports/annual").with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Annual performance report")
        .contains("href=\"#summary\"")
        .contains(year.label() + " outturn")
        .contains(year.next().label() + " target")
        .contains("govuk-tag--green")
        .contains("✔")
        .contains("/reports/annual/export.xlsx?year=" + code)
        .contains("href=\"/indicators/");
    for (AnnualReport.Group g : report.groups()) {
      assertThat(page).contains("href=\"#" + g.anchor() + "\"").contains("id=\"" + g.anchor());
    }
    mvc.perform(get("/reports").with(users.as("councillor")))
        .andExpect(content().string(containsString("href=\"/reports/annual\"")));
  }

  @Test
  void aYearThatCannotBeReadOrIsNotOverIsExplained() throws Exception {
    mvc.perform(get("/reports/annual").param("year", "last year").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not a financial year")));
    mvc.perform(
            get("/reports/annual")
                .param("year", AnnualReport.code(year.next()))
                .with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(year.next().label() + " is not over yet")));
    mvc.perform(get("/public/annual-report/" + AnnualReport.code(year.next())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/public/annual-report/nonsense")).andExpect(status().isNotFound());
  }

  @Test
  void thePublicReportNeedsNoSignInAndNamesNobody() throws Exception {
    String latest =
        mvc.perform(get("/public/annual-report"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String chosen =
        mvc.perform(get("/public/annual-report/" + code))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(chosen).isEqualTo(latest);
    mvc.perform(get("/public/annual-report/" + AnnualReport.code(year.previous())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(year.previous().label() + " outturn")));
    AnnualReport report = builder.build(year);
    assertThat(latest).contains("Annual performance report").doesNotContain("href=\"/indicators/");
    report.lines().forEach(l -> assertThat(latest).contains(l.indicator().getCode()));
    List<String> personal = new ArrayList<>();
    for (Person p : people.findAll()) {
      personal.add(p.getFullName());
      if (p.getEmail() != null && !p.getEmail().isBlank()) {
        personal.add(p.getEmail());
      }
    }
    assertThat(personal).isNotEmpty();
    for (String said : personal) {
      assertThat(latest).as("the public page names %s", said).doesNotContain(said);
    }
  }

  @Test
  void theCsvAndTheWorkbookHoldTheSameRowsWithNumbersAsNumbers() throws Exception {
    byte[] csv =
        mvc.perform(get("/reports/annual/export.csv").param("year", code).with(users.as("admin")))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        containsString("annual-performance-report-" + code + ".csv")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] xlsx =
        mvc.perform(get("/reports/annual/export.xlsx").param("year", code).with(users.as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    AnnualReport report = builder.build(year);
    List<CSVRecord> rows = ReportExportsTest.csv(csv);
    List<CSVRecord> indicatorRows =
        rows.stream().filter(r -> r.get("Section").equals(AnnualReportTables.INDICATORS)).toList();
    int listed = report.groups().stream().mapToInt(g -> g.lines().size()).sum();
    assertThat(indicatorRows).hasSize(listed);
    CSVRecord total =
        rows.stream()
            .filter(r -> r.get("Section").equals(AnnualReportTables.SUMMARY))
            .filter(r -> r.get("Status").equals("Total"))
            .findFirst()
            .orElseThrow();
    assertThat(total.get("Indicators")).isEqualTo(String.valueOf(report.lines().size()));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet(AnnualReportTables.INDICATORS);
      assertThat(sheet.getLastRowNum()).isEqualTo(listed);
      DataFormatter plain = new DataFormatter();
      Row header = sheet.getRow(0);
      int outturn = -1;
      for (Cell c : header) {
        if (c.getStringCellValue().equals("Outturn " + year.label())) {
          outturn = c.getColumnIndex();
        }
      }
      assertThat(outturn).isNotNegative();
      for (int r = 1; r <= listed; r++) {
        Row row = sheet.getRow(r);
        CSVRecord line = indicatorRows.get(r - 1);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.get("Code"));
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.get("Priority"));
        Cell figure = row.getCell(outturn);
        String inCsv = line.get("Outturn " + year.label());
        if (inCsv.isEmpty()) {
          assertThat(figure).isNull();
        } else {
          assertThat(figure.getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(figure.getNumericCellValue()).isEqualTo(Double.parseDouble(inCsv));
        }
      }
      Sheet summary = book.getSheet(AnnualReportTables.SUMMARY);
      assertThat(plain.formatCellValue(summary.getRow(summary.getLastRowNum()).getCell(3)))
          .isEqualTo(total.get("Indicators"));
    }
  }

  @Test
  void thePdfHasATitlePageContentsAndEveryPriorityWithItsIndicators() throws Exception {
    byte[] pdf =
        mvc.perform(get("/reports/annual/export.pdf").param("year", code).with(users.as("admin")))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        containsString("annual-performance-report-" + code + ".pdf")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    AnnualReport report = builder.build(year);
    try (PDDocument doc = PDDocument.load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      String all = stripper.getText(doc).replaceAll("\\s+", " ");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Annual performance report " + year.label());
      assertThat(all)
          .contains("Annual performance report", "Contents", "Page 1 of " + doc.getNumberOfPages())
          .contains("outturn", year.next().label(), "Published figures only");
      for (AnnualReport.Group g : report.groups()) {
        assertThat(all).contains(g.heading());
        g.lines().forEach(l -> assertThat(all).contains(l.indicator().getCode()));
      }
    }
  }

  @Test
  void theApiGivesTheReportAsJsonToABearerOfAToken() throws Exception {
    String token =
        tokens
            .create(accounts.findByUsername("councillor").orElseThrow().getId(), "annual test")
            .secret();
    AnnualReport report = builder.build(year);
    mvc.perform(
            get("/api/v1/reports/annual")
                .param("year", code)
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(year.label()))
        .andExpect(jsonPath("$.nextYear").value(year.next().label()))
        .andExpect(jsonPath("$.summary.total").value(report.lines().size()))
        .andExpect(jsonPath("$.groups.length()").value(report.groups().size()))
        .andExpect(
            jsonPath("$.groups[0].indicators[0].code")
                .value(report.groups().get(0).lines().get(0).indicator().getCode()));
    mvc.perform(
            get("/api/v1/reports/annual")
                .param("year", "nonsense")
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(get("/api/v1/reports/annual")).andExpect(status().isUnauthorized());
  }
}
