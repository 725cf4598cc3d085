package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a real council's milestone tracker — Hart District Council's service plan milestones as
 * published on 7 November 2014 (src/test/resources/hart, MIT licence) — and checks the product's
 * overdue flags and suggested statuses as at that day against a calculation made here, from the
 * tracker's own columns.
 */
@GoldenThreadTest
@Transactional // 381 actions: rolled back, so no later test lists them
class ActionImportHartTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2014, 11, 7);

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ObjectMapper json;

  /** One row of the tracker as Hart wrote it. */
  private record Milestone(String id, LocalDate due, boolean done, int percent) {

    boolean overdue() {
      return !done && due != null && due.isBefore(PUBLISHED);
    }
  }

  @Test
  void theProductJudgesHartsTrackerAsAnIndependentCalculationDoes() throws Exception {
    List<Milestone> tracked = new ArrayList<>();
    StringWriter file = new StringWriter();
    int undated = 0;
    try (Reader hart =
            new InputStreamReader(
                getClass().getResourceAsStream("/hart/hart_service_plan_milestones_2014.csv"),
                StandardCharsets.UTF_8);
        CSVPrinter ours = CSVFormat.DEFAULT.print(file)) {
      ours.printRecord(
          "code",
          "title",
          "description",
          "lead_officer",
          "due_date",
          "percent_complete",
          "status",
          "completed_date");
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(hart)) {
        // Hart left some milestones undated: they come in with no due date, so never overdue.
        boolean dated = !row.get("due_date").isBlank();
        undated += dated ? 0 : 1;
        Milestone m =
            new Milestone(
                row.get("id"),
                dated ? LocalDate.parse(row.get("due_date")) : null,
                Boolean.parseBoolean(row.get("done")),
                Integer.parseInt(row.get("percent_complete")));
        tracked.add(m);
        // Hart records only that a milestone is done, not when: its due date stands in for the
        // completion date where there is one, and an undated one is reported 100% complete.
        ours.printRecord(
            "HART-" + m.id(),
            row.get("milestone"),
            row.get("action"),
            "Ben Taylor",
            dated ? m.due() : "",
            m.done() ? 100 : m.percent(),
            "",
            m.done() && dated ? m.due() : "");
      }
    }
    assertThat(tracked).hasSize(381);
    assertThat(undated).isEqualTo(64);

    String outcome =
        mvc.perform(
                post("/api/v1/actions/import")
                    .contentType("text/csv")
                    .content(file.toString())
                    .with(users.as("admin"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode counts = json.readTree(outcome);
    assertThat(
            counts.get("created").asInt()
                + counts.get("updated").asInt()
                + counts.get("unchanged").asInt())
        .isEqualTo(381);

    JsonNode listed =
        json.readTree(
            mvc.perform(get("/api/v1/actions?asOf=" + PUBLISHED).with(users.as("councillor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    Map<String, JsonNode> byCode = new HashMap<>();
    listed.forEach(a -> byCode.put(a.get("code").asText(), a));

    int overdue = 0;
    for (Milestone m : tracked) {
      JsonNode action = byCode.get("HART-" + m.id());
      assertThat(action).as("HART-" + m.id()).isNotNull();
      assertThat(action.get("overdue").asBoolean())
          .as("HART-%s overdue", m.id())
          .isEqualTo(m.overdue());
      String expected;
      if (m.done()) {
        expected = "BLUE";
      } else if (m.overdue()) {
        expected = "RED";
        overdue++;
      } else {
        // Open and not yet due, with no start date or milestones of its own: nothing puts it in
        // question yet.
        expected = "GREEN";
      }
      assertThat(action.get("suggestedStatus").asText())
          .as("HART-%s suggested status", m.id())
          .isEqualTo(expected);
      assertThat(action.get("status").isNull()).isEqualTo(!m.done() || m.due() == null);
    }
    assertThat(overdue).isPositive();
  }
}
