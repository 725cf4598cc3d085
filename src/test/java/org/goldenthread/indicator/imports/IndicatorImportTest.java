package org.goldenthread.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.Period;
import org.goldenthread.shared.Actor;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@GoldenThreadTest
class IndicatorImportTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorService indicators;
  @Autowired IndicatorResults results;
  @Autowired IndicatorValueRepository values;
  @Autowired IndicatorTargetRepository targets;
  @Autowired UserDetailsService accounts;

  private final String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  private String definitions() {
    return ("Code,Title,Unit,Polarity,Frequency,Aggregation,Cumulative,Decimal_places,Tolerance,"
            + "Tolerance_type,Type,Responsible,Accountable,Description\n"
            + "CM%1$s,Missed bins collected,number,higher,monthly,sum,yes,0,5,percent,,"
            + "priya.shah@example.gov.uk,,\"Bins, collected late\"\n"
            + "RT%1$s,Claims decided in 20 days,%%,higher,quarterly,ratio,no,1,2,absolute,national,,,\n")
        .formatted(s);
  }

  private String valuesFile() {
    StringBuilder csv =
        new StringBuilder("code,period,actual,target,numerator,denominator,commentary\n");
    int[] actuals = {10, 12, 11, 13, 9, 15};
    for (int m = 1; m <= 6; m++) {
      csv.append("CM%s,2025/26 M0%d,%d,12,,,\n".formatted(s, m, actuals[m - 1]));
    }
    csv.append("RT%s,2025/26 Q1,,85,45,50,\n".formatted(s));
    csv.append("RT%s,2025/26 Q2,,85,40,50,Staff shortage\n".formatted(s));
    csv.append("RT%s,2025/26,,85,,,\n".formatted(s));
    return csv.toString();
  }

  private ResultActions upload(String who, String kind, MockMultipartFile file) throws Exception {
    return mvc.perform(
        multipart("/indicators/import")
            .file(file)
            .param("kind", kind)
            .with(users.as(who))
            .with(csrf()));
  }

  private static MockMultipartFile csv(String text) {
    return new MockMultipartFile(
        "file", "register.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static MockMultipartFile xlsx(String csv) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Register");
      String[] lines = csv.split("\n");
      for (int r = 0; r < lines.length; r++) {
        XSSFRow row = sheet.createRow(r);
        List<String> cells =
            org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(lines[r]))
                .getRecords()
                .get(0)
                .toList();
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c);
          if (r > 0 && cell.matches("\\d+")) {
            row.createCell(c).setCellValue(Double.parseDouble(cell));
          } else {
            row.createCell(c).setCellValue(cell);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return new MockMultipartFile(
          "file",
          "register.xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          out.toByteArray());
    }
  }

  private void checkResults() throws Exception {
    Period q2 = Period.parse("2025/26 Q2");
    Indicator cumulative = indicators.byCode("CM" + s);
    var bins = results.calculator(cumulative).result(q2);
    assertThat(bins.actual()).isEqualByComparingTo("70");
    assertThat(bins.target()).isEqualByComparingTo("72");
    assertThat(bins.status()).isEqualTo(Status.AMBER);
    assertThat(
            new String(
                download("/indicators/export/definitions.csv?code=CM" + s), StandardCharsets.UTF_8))
        .contains(",priya.shah@example.gov.uk,,");
    assertThat(cumulative.getDescription()).isEqualTo("Bins, collected late");

    Indicator ratio = indicators.byCode("RT" + s);
    var claims = results.calculator(ratio).result(q2);
    assertThat(claims.actual()).isEqualByComparingTo("80");
    assertThat(claims.target()).isEqualByComparingTo("85");
    assertThat(claims.status()).isEqualTo(Status.RED);
    assertThat(claims.trendFromPrevious()).isEqualTo(Trend.WORSENING);
    assertThat(results.calculator(ratio).result(Period.parse("2025/26 H1")).actual())
        .isEqualByComparingTo("85");
    IndicatorValue imported = values.findByIndicatorAndPeriod(ratio, q2).orElseThrow();
    assertThat(imported.isHistoric()).isTrue();
    assertThat(imported.getState()).isEqualTo(ValueState.PUBLISHED);
    assertThat(imported.getCommentary()).isEqualTo("Staff shortage");
  }

  @Test
  void administratorImportsDefinitionsThenValuesFromCsv() throws Exception {
    upload("admin", "definitions", csv(definitions()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Definitions imported")));
    upload("admin", "values", csv(valuesFile()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Values and targets imported")));
    checkResults();
  }

  @Test
  void administratorImportsDefinitionsThenValuesFromWorkbooks() throws Exception {
    upload("admin", "definitions", xlsx(definitions()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Definitions imported")));
    upload("admin", "values", xlsx(valuesFile()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Values and targets imported")));
    checkResults();
  }

  @Test
  void aMalformedFileChangesNothingAndNamesEveryProblem() throws Exception {
    upload("admin", "definitions", csv(definitions())).andExpect(status().isOk());
    String bad =
        ("code,period,actual,target,numerator,denominator\n"
                + "CM%1$s,2025/26 M01,99,,,\n"
                + "CM%1$s,2025/26 Q1,5,,,\n"
                + "XX%1$s,2025/26 M02,5,,,\n"
                + "CM%1$s,2025/26 M03,1.1234567,,,\n"
                + "RT%1$s,2025/26 Q1,,,45,,\n"
                + "CM%1$s,2025/26 M01,4,,,\n")
            .formatted(s);
    upload("admin", "values", csv(bad))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nothing has been imported: 5 problems")))
        .andExpect(content().string(containsString("collected by month")))
        .andExpect(content().string(containsString("No indicator has the code XX" + s)))
        .andExpect(content().string(containsString("more than 6 decimal places")))
        .andExpect(content().string(containsString("Enter both the numerator and the denominator")))
        .andExpect(content().string(containsString("Row 2 is also for")));
    assertThat(values.findByIndicator(indicators.byCode("CM" + s))).isEmpty();
  }

  @Test
  void exportThenImportChangesNothing() throws Exception {
    upload("admin", "definitions", csv(definitions())).andExpect(status().isOk());
    upload("admin", "values", csv(valuesFile())).andExpect(status().isOk());
    Indicator before = indicators.byCode("CM" + s);
    long version = before.getVersion();
    for (String code : List.of("CM" + s, "RT" + s)) {
      for (String type : List.of("csv", "xlsx")) {
        byte[] defs = download("/indicators/export/definitions." + type + "?code=" + code);
        byte[] vals =
            download("/indicators/export/values." + type + "?code=" + code + "&year=2025/26");
        upload("admin", "definitions", new MockMultipartFile("file", "d." + type, null, defs))
            .andExpect(content().string(containsString("Indicators unchanged")))
            .andExpect(content().string(containsString(">1<")));
        upload("admin", "values", new MockMultipartFile("file", "v." + type, null, vals))
            .andExpect(content().string(containsString("Values and targets imported")));
      }
    }
    assertThat(indicators.byCode("CM" + s).getVersion()).isEqualTo(version);
    checkResults();
    String again =
        new String(download("/indicators/export/values.csv?code=RT" + s), StandardCharsets.UTF_8);
    assertThat(again).contains("RT" + s + ",2025/26 Q2,,85,40,50,Staff shortage,");
  }

  @Test
  void reImportingACorrectedRegisterUpdatesTheIndicator() throws Exception {
    upload("admin", "definitions", csv(definitions())).andExpect(status().isOk());
    upload(
            "admin",
            "definitions",
            csv(
                "code,title,unit,polarity,frequency,aggregation\n"
                    + "CM"
                    + s
                    + ",Bins collected,number,lower,monthly,sum\n"))
        .andExpect(content().string(containsString("Indicators updated")));
    Indicator updated = indicators.byCode("CM" + s);
    assertThat(updated.getTitle()).isEqualTo("Bins collected");
    assertThat(updated.getPolarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(updated.isCumulative()).isTrue();
    assertThat(updated.tolerance())
        .isEqualTo(new Tolerance(new BigDecimal("5.000000"), Tolerance.Kind.PERCENT));
  }

  @Test
  void aValuesFileWithoutTheCommentaryColumnKeepsTheCommentary() throws Exception {
    upload("admin", "definitions", csv(definitions())).andExpect(status().isOk());
    upload("admin", "values", csv(valuesFile())).andExpect(status().isOk());
    Indicator ratio = indicators.byCode("RT" + s);
    Period q2 = Period.parse("2025/26 Q2");

    upload(
            "admin",
            "values",
            csv("code,period,numerator,denominator\nRT" + s + ",2025/26 Q2,42,50\n"))
        .andExpect(status().isOk());
    IndicatorValue kept = values.findByIndicatorAndPeriod(ratio, q2).orElseThrow();
    assertThat(kept.getNumerator()).isEqualByComparingTo("42");
    assertThat(kept.getCommentary()).isEqualTo("Staff shortage");

    // A commentary column present but empty clears it, as it always has.
    upload(
            "admin",
            "values",
            csv("code,period,numerator,denominator,commentary\nRT" + s + ",2025/26 Q2,42,50,\n"))
        .andExpect(status().isOk());
    assertThat(values.findByIndicatorAndPeriod(ratio, q2).orElseThrow().getCommentary()).isNull();
  }

  @Test
  void theApiReportsProblemsAsJson() throws Exception {
    mvc.perform(
            post("/api/v1/indicators/import/definitions")
                .contentType("text/csv")
                .content(
                    "code,title,unit,polarity,frequency,aggregation\nZZ"
                        + s
                        + ",,lbs,up,weekly,sum\n")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].row").value(2))
        .andExpect(jsonPath("$.problems.length()").value(4));
    mvc.perform(
            post("/api/v1/indicators/import/definitions")
                .contentType("text/csv")
                .content(definitions())
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2));
  }

  @Test
  void valuesImportedThroughTheApiAreRecordedAsEnteredByTheImportingPersonById() throws Exception {
    mvc.perform(
            post("/api/v1/indicators/import/definitions")
                .contentType("text/csv")
                .content(definitions())
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/indicators/import/values")
                .contentType("text/csv")
                .content(valuesFile())
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk());

    IndicatorValue imported =
        values
            .findByIndicatorAndPeriod(indicators.byCode("CM" + s), Period.parse("2025/26 M01"))
            .orElseThrow();
    assertThat(imported.getEnteredBy()).isEqualTo("Ben Taylor");
    assertThat(imported.getEnteredByPerson())
        .isEqualTo(((Actor) accounts.loadUserByUsername("admin")).person());
  }

  @Test
  void aLargeFileIsImportedInTheBackgroundWithProgress() throws Exception {
    upload("admin", "definitions", csv(definitions())).andExpect(status().isOk());
    StringBuilder big = new StringBuilder("code,period,actual,commentary\n");
    String padding = "x".repeat(3000);
    for (int m = 1; m <= 9; m++) {
      big.append("CM%s,2025/26 M%02d,%d,%s\n".formatted(s, m, m, padding));
    }
    for (int i = 0; i < 90; i++) {
      big.append("\n");
    }
    MvcResult started =
        upload(
                "admin",
                "values",
                csv(big + " ".repeat((int) IndicatorImportController.BACKGROUND_BYTES)))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String page = started.getResponse().getRedirectedUrl();
    assertThat(page).startsWith("/indicators/import/jobs/");
    mvc.perform(get(page).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Importing register.csv")));
    mvc.perform(get(page).with(users.as("officer"))).andExpect(status().isForbidden());
    String progress = "";
    for (int tries = 0; tries < 100 && !progress.contains("imported"); tries++) {
      Thread.sleep(100);
      progress =
          mvc.perform(get(page + "/progress").with(users.as("admin")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
    }
    assertThat(progress).contains("Values and targets imported").doesNotContain("hx-trigger");
    assertThat(values.findByIndicator(indicators.byCode("CM" + s))).hasSize(9);
  }

  @Test
  void anOfficerCannotImportOrExport() throws Exception {
    mvc.perform(get("/indicators/import").with(users.as("officer")))
        .andExpect(status().isForbidden());
    upload("officer", "definitions", csv(definitions())).andExpect(status().isForbidden());
    mvc.perform(get("/indicators/export/values.csv").with(users.as("officer")))
        .andExpect(status().isForbidden());
    assertThat(indicators.findByCode("CM" + s)).isEmpty();
  }

  private byte[] download(String url) throws Exception {
    return mvc.perform(get(url).with(users.as("admin")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
