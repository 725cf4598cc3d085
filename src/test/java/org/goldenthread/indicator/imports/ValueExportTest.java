package org.goldenthread.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.goldenthread.shared.CsvFile;
import org.goldenthread.spreadsheet.SheetOutput;
import org.goldenthread.spreadsheet.SheetWriter;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The values export is read by one plain query and streamed; its files must be exactly those the
 * entity-by-entity export wrote before (kept here, as it was, as the yardstick): the same rows, in
 * the same order (indicator code, then period order, which labels do not follow as text), with the
 * same text.
 */
@GoldenThreadTest
class ValueExportTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired IndicatorTargetRepository targets;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

  private final String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  /**
   * Two indicators whose rows mix every kind of period, targets alone, values alone, a ratio's
   * numerator and denominator, negative and long decimals, forecasts, and text a spreadsheet would
   * take for a formula, over two financial years.
   */
  @BeforeEach
  void council() throws Exception {
    upload(
        "definitions",
        ("code,title,unit,polarity,frequency,aggregation\n"
                + "ZM%1$s,Missed bins,number,lower,monthly,sum\n"
                + "ZQ%1$s,Claims on time,%%,higher,quarterly,ratio\n")
            .formatted(s));
    upload(
        "values",
        ("code,period,actual,target,numerator,denominator,commentary,remedial_action,forecast,"
                + "forecast_basis\n"
                + "ZM%1$s,2025/26 M07,-3.5,4,,,=SUM(1),+cmd,,\n"
                + "ZM%1$s,2025/26,,48.25,,,,,,\n"
                + "ZM%1$s,2025/26 M01,12.125,,,,\"Late, then \"\"caught up\"\"\",,40,Spring\n"
                + "ZM%1$s,2025/26 Q1,,12,,,,,,\n"
                + "ZM%1$s,2025/26 H2,,20,,,,,,\n"
                + "ZM%1$s,2025/26 M10,0.000001,1000000,,,@here,,,\n"
                + "ZM%1$s,2025/26 Q3,,9,,,,,,\n"
                + "ZM%1$s,2024/25 M12,7,7,,,,,,\n"
                + "ZM%1$s,2026/27 M01,,5,,,,,,\n"
                + "ZQ%1$s,2025/26 Q2,,85,40,50,Staff shortage,,,\n"
                + "ZQ%1$s,2025/26 Q1,,85.5,45,50,,,,\n"
                + "ZQ%1$s,2025/26 H1,,86,,,,,,\n"
                + "ZQ%1$s,2024/25 Q4,,,1,3,-1,,,\n")
            .formatted(s));
  }

  @Test
  void theStreamedCsvIsTheFileTheEntityExportWrote() throws Exception {
    for (String code : new String[] {null, "ZM" + s, "zq" + s.toLowerCase(), "NONE" + s}) {
      for (Integer year : new Integer[] {null, 2025, 2024}) {
        String url = url("csv", code, year);
        assertThat(new String(download(url), StandardCharsets.UTF_8))
            .as(url)
            .isEqualTo(new String(CsvFile.forExcel(before(code, year)), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void readingAFewCodesAtATimeGivesTheSameFile() throws Exception {
    ValueExport fewAtATime = new ValueExport(dataSource, 3);
    for (Integer year : new Integer[] {null, 2025}) {
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      new TransactionTemplate(transactions)
          .execute(
              t -> {
                try (SheetOutput out = SheetOutput.csv(file)) {
                  return fewAtATime.write(null, year, out);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      assertThat(file.toString(StandardCharsets.UTF_8))
          .isEqualTo(new String(CsvFile.forExcel(before(null, year)), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aYearIsChosenInTheDatabaseAndItsPeriodsComeInPeriodOrder() throws Exception {
    String csv = new String(download(url("csv", "ZM" + s, 2025)), StandardCharsets.UTF_8);
    assertThat(csv.lines().map(line -> line.split(",")[1]).toList())
        .containsExactly(
            "period",
            "2025/26 M01",
            "2025/26 Q1",
            "2025/26",
            "2025/26 M07",
            "2025/26 Q3",
            "2025/26 H2",
            "2025/26 M10");
    assertThat(csv).contains("ZM" + s + ",2025/26 M07,-3.5,4,,,'=SUM(1),'+cmd,,,\r\n");
  }

  @Test
  void theStreamedWorkbookHoldsWhatTheWholeWorkbookHeld() throws Exception {
    for (Integer year : new Integer[] {null, 2025}) {
      String url = url("xlsx", null, year);
      assertThat(cells(download(url)))
          .as(url)
          .isEqualTo(cells(SheetWriter.xlsx("Values", ValueColumns.LAYOUT, before(null, year))));
    }
  }

  @Test
  void theWholeDefinitionsExportNamesWhatEachIndicatorsOwnExportNames() throws Exception {
    List<String> whole =
        new String(download("/indicators/export/definitions.csv"), StandardCharsets.UTF_8)
            .lines()
            .toList();
    assertThat(whole).hasSizeGreaterThan(3);
    for (String row : whole.subList(1, Math.min(whole.size(), 25))) {
      String code = row.substring(0, row.indexOf(','));
      assertThat(
              new String(
                  download("/indicators/export/definitions.csv?code=" + code),
                  StandardCharsets.UTF_8))
          .contains(row);
    }
  }

  @Test
  void theExportIsADownloadForAdministratorsOnly() throws Exception {
    mvc.perform(get(url("csv", "ZM" + s, null)).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(
            header()
                .string("Content-Disposition", "attachment; filename=\"indicator-values.csv\""));
    mvc.perform(get(url("xlsx", null, 2025)).with(users.as("officer")))
        .andExpect(status().isForbidden());
  }

  private static String url(String type, String code, Integer year) {
    return "/indicators/export/values."
        + type
        + "?"
        + (code == null ? "" : "code=" + code + "&")
        + (year == null ? "" : "year=" + year);
  }

  private byte[] download(String url) throws Exception {
    return mvc.perform(get(url).with(users.as("admin")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private void upload(String kind, String csv) throws Exception {
    mvc.perform(
            multipart("/indicators/import")
                .file(
                    new MockMultipartFile(
                        "file", "f.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("kind", kind)
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("imported")));
  }

  /** Each cell's type and what it holds, row by row. */
  private static List<List<String>> cells(byte[] workbook) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Values");
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(
              cell.getCellType() + ":" + cell + ":" + cell.getCellStyle().getDataFormatString());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The export as it was before M12: every value and target loaded, the year chosen in Java. */
  private List<List<String>> before(String code, Integer year) {
    return new TransactionTemplate(transactions).execute(t -> entityRows(code, year));
  }

  private List<List<String>> entityRows(String code, Integer year) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(ValueColumns.LAYOUT.headings());
    List<Indicator> chosen =
        code == null || code.isBlank()
            ? indicators.findAllInOrder()
            : indicators.findByCodeIgnoreCase(code.trim()).map(List::of).orElse(List.of());
    Map<Long, Map<Period, IndicatorValue>> valued = new HashMap<>();
    Map<Long, Map<Period, BigDecimal>> targeted = new HashMap<>();
    List<Long> ids = chosen.stream().map(Indicator::getId).toList();
    for (int from = 0; from < ids.size(); from += 1_000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
      for (IndicatorValue v : values.findByIndicatorIds(chunk)) {
        valued
            .computeIfAbsent(v.getIndicator().getId(), k -> new HashMap<>())
            .put(v.getPeriod(), v);
      }
      for (IndicatorTarget t : targets.findByIndicatorIds(chunk)) {
        targeted
            .computeIfAbsent(t.getIndicator().getId(), k -> new HashMap<>())
            .put(t.getPeriod(), t.getAmount());
      }
    }
    for (Indicator i : chosen) {
      Map<Period, IndicatorValue> its = valued.getOrDefault(i.getId(), Map.of());
      Map<Period, BigDecimal> goals = targeted.getOrDefault(i.getId(), Map.of());
      TreeSet<Period> periods = new TreeSet<>(its.keySet());
      periods.addAll(goals.keySet());
      for (Period p : periods) {
        if (year != null && p.year() != year) {
          continue;
        }
        IndicatorValue v = its.get(p);
        rows.add(
            List.of(
                i.getCode(),
                p.label(),
                v == null ? "" : number(v.getAmount()),
                number(goals.get(p)),
                v == null ? "" : number(v.getNumerator()),
                v == null ? "" : number(v.getDenominator()),
                v == null ? "" : text(v.getCommentary()),
                v == null ? "" : text(v.getRemedialAction()),
                "",
                v == null ? "" : number(v.getForecast()),
                v == null ? "" : text(v.getForecastBasis())));
      }
    }
    return rows;
  }

  private static String number(BigDecimal n) {
    return n == null ? "" : Numbers.plain(n);
  }

  private static String text(String t) {
    return t == null ? "" : t;
  }
}
