package org.goldenthread.risk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.goldenthread.risk.imports.RiskRegisterFiles;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A register imported through the API, read back through the API and compared with what the file
 * says, worked out independently here: scores, bands (1–4, 5–12, 15–25), appetite flags (the seeded
 * appetites), movement (new if last reviewed after 30 September, else unchanged) and the heat map's
 * cells.
 */
@GoldenThreadTest
class ImportedRegisterApiTest {

  private static final Map<String, Integer> APPETITE =
      Map.of(
          "financial", 12,
          "operational", 12,
          "information and cyber", 8,
          "legal and regulatory", 8,
          "health and safety", 6,
          "people", 12,
          "reputational", 12,
          "partnership", 12,
          "environmental", 12);

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskRegisterFiles files;

  private String json(String path) throws Exception {
    return mvc.perform(get(path).with(users.as("admin")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void everyScoreBandAppetiteFlagMovementAndCellIsAsTheFileSays() throws Exception {
    RiskRegisterFiles.Council council = files.council();
    String file = council.fill(RiskRegisterFiles.resource("council-risk-register.csv"));
    mvc.perform(
            post("/api/v1/risks/import")
                .contentType("text/csv")
                .content(file)
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk());

    List<CSVRecord> rows =
        CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(file)).getRecords();
    String corporate = council.corporate().getCode();
    int[][] cells = new int[6][6];
    int checked = 0;
    for (CSVRecord row : rows) {
      boolean onCorporate =
          row.get("register").equals(corporate)
              || row.get("register").equals(council.corporate().getName());
      int l = Integer.parseInt(row.get("current_likelihood"));
      int i = Integer.parseInt(row.get("current_impact"));
      if (onCorporate) {
        cells[l][i]++;
      }
      String risk = json("/api/v1/risks/" + row.get("code"));
      int score = l * i;
      String band = score <= 4 ? "LOW" : score <= 12 ? "MEDIUM" : "HIGH";
      int appetite = APPETITE.get(row.get("category").toLowerCase(Locale.UK));
      LocalDate reviewed = date(row.get("last_reviewed"));
      // Never reviewed: it opens on the day it is imported.
      String movement =
          reviewed == null || reviewed.isAfter(LocalDate.of(2026, 9, 30)) ? "NEW" : "UNCHANGED";
      int inherent =
          Integer.parseInt(row.get("inherent_likelihood"))
              * Integer.parseInt(row.get("inherent_impact"));
      int target =
          Integer.parseInt(row.get("target_likelihood"))
              * Integer.parseInt(row.get("target_impact"));
      assertThat((Integer) JsonPath.read(risk, "$.currentScore")).isEqualTo(score);
      assertThat((Integer) JsonPath.read(risk, "$.inherentScore")).isEqualTo(inherent);
      assertThat((Integer) JsonPath.read(risk, "$.targetScore")).isEqualTo(target);
      assertThat((String) JsonPath.read(risk, "$.band")).as(row.get("code")).isEqualTo(band);
      assertThat((Boolean) JsonPath.read(risk, "$.aboveAppetite"))
          .as(row.get("code"))
          .isEqualTo(score > appetite);
      assertThat((String) JsonPath.read(risk, "$.movement"))
          .as(row.get("code"))
          .isEqualTo(movement);
      assertThat((String) JsonPath.read(risk, "$.lastReviewed"))
          .isEqualTo(reviewed == null ? null : reviewed.toString());
      checked++;
    }
    assertThat(checked).isEqualTo(rows.size()).isGreaterThan(10);

    String map = json("/api/v1/risks/heat-map?register=" + corporate + "&scores=current");
    Map<String, Integer> counts = new HashMap<>();
    List<Map<String, Object>> given = JsonPath.read(map, "$.cells");
    for (Map<String, Object> cell : given) {
      counts.put(cell.get("likelihood") + "x" + cell.get("impact"), (Integer) cell.get("count"));
    }
    for (int l = 1; l <= 5; l++) {
      for (int i = 1; i <= 5; i++) {
        assertThat(counts.get(l + "x" + i)).as("cell L%d × I%d", l, i).isEqualTo(cells[l][i]);
      }
    }
  }

  private static LocalDate date(String text) {
    if (text.isBlank()) {
      return null;
    }
    if (text.contains("/")) {
      return LocalDate.parse(text, DateTimeFormatter.ofPattern("d/M/yyyy"));
    }
    if (text.contains(" ")) {
      return LocalDate.parse(text, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }
    return LocalDate.parse(text);
  }
}
