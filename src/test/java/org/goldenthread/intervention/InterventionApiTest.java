package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interventions API (M10 point 6): an indicator's interventions in the exact shape the issue
 * names, the council's list with its filters, one intervention in full, and a partner user kept to
 * their own indicators.
 */
@GoldenThreadTest
@Transactional
class InterventionApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ObjectMapper json;
  @Autowired FixtureCouncil fixtures;
  @Autowired Targets targets;
  @Autowired DataEntry entry;

  /** Red, Red, Green, Red over 2025/26 Q3 to 2026/27 Q2: one closed at level 3, one open at 2. */
  private Indicator climbed() {
    Indicator indicator = fixtures.create().indicator();
    List<String> periods = List.of("2025/26 Q3", "2025/26 Q4", "2026/27 Q1", "2026/27 Q2");
    List<String> figures = List.of("50", "60", "100", "40");
    periods.forEach(
        p -> targets.set(indicator, Period.parse(p), new BigDecimal("100"), named("admin")));
    List<IndicatorValue> values =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(
                i ->
                    entry.enter(
                        indicator,
                        Period.parse(periods.get(i)),
                        new ValueForm(figures.get(i), null, null, "c", "r", null, null),
                        named("officer"),
                        true))
            .toList();
    values.forEach(v -> entry.verify(v.getId(), named("manager")));
    return indicator;
  }

  private JsonNode read(String url, String username) throws Exception {
    return json.readTree(
        mvc.perform(get(url).with(users.as(username)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void anIndicatorsInterventionsHaveTheirLevelStatePeriodsAndStepsInOrder() throws Exception {
    Indicator indicator = climbed();

    JsonNode list =
        read("/api/v1/indicators/" + indicator.getCode() + "/interventions", "councillor");

    assertThat(list).hasSize(2);
    JsonNode closed = list.get(0);
    assertThat(closed.get("level").asInt()).isEqualTo(3);
    assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("openedPeriod").asText()).isEqualTo("2025/26 Q3");
    assertThat(closed.get("closedPeriod").asText()).isEqualTo("2026/27 Q1");
    assertThat(closed.get("steps"))
        .extracting(
            s -> s.get("period").asText() + " " + s.get("change").asText() + " " + s.get("level"))
        .containsExactly("2025/26 Q3 OPENED 2", "2025/26 Q4 RAISED 3", "2026/27 Q1 CLOSED 3");
    assertThat(closed.get("steps").get(1).get("reason").asText())
        .isEqualTo(
            "Raised from Remedial plan (level 2) to Director review (level 3): Red for 2 periods"
                + " running: 2025/26 Q3 and Q4");
    assertThat(closed.get("notes")).isEmpty();
    JsonNode open = list.get(1);
    assertThat(open.get("state").asText()).isEqualTo("OPEN");
    assertThat(open.get("level").asInt()).isEqualTo(2);
    assertThat(open.get("closedPeriod").isNull()).isTrue();
  }

  @Test
  void theListIsOpenByDefaultAndFiltersByStateAndLevel() throws Exception {
    Indicator indicator = climbed();
    String code = indicator.getCode();

    assertThat(codes(read("/api/v1/interventions", "councillor"), code)).containsExactly("OPEN 2");
    assertThat(codes(read("/api/v1/interventions?state=CLOSED", "councillor"), code))
        .containsExactly("CLOSED 3");
    assertThat(codes(read("/api/v1/interventions?state=ALL&level=3", "councillor"), code))
        .containsExactly("CLOSED 3");
    assertThat(codes(read("/api/v1/interventions?level=3", "councillor"), code)).isEmpty();
    JsonNode open =
        streamOf(read("/api/v1/interventions", "councillor")).stream()
            .filter(n -> n.get("subject").get("code").asText().equals(code))
            .findFirst()
            .orElseThrow();
    assertThat(open.get("subject").get("kind").asText()).isEqualTo("INDICATOR");
    assertThat(open.get("levelName").asText()).isEqualTo("Remedial plan");
    assertThat(open.get("owed").get("actors"))
        .extracting(JsonNode::asText)
        .containsExactly("RESPONSIBLE_OFFICER", "ACCOUNTABLE_PERSON");
    assertThat(open.get("owed").get("dueOn").isNull()).isFalse();
  }

  @Test
  void oneInterventionComesWithItsStepsNotesPlansAndReviews() throws Exception {
    Indicator indicator = climbed();
    JsonNode listed =
        read("/api/v1/indicators/" + indicator.getCode() + "/interventions", "councillor");
    long id = listed.get(1).get("id").asLong();

    JsonNode one = read("/api/v1/interventions/" + id, "admin");

    assertThat(one.get("subject").get("code").asText()).isEqualTo(indicator.getCode());
    assertThat(one.get("withdrawn").asBoolean()).isFalse();
    assertThat(one.get("steps")).hasSize(1);
    assertThat(one.get("plans")).isEmpty();
    assertThat(one.get("reviews")).isEmpty();
    assertThat(one.get("notes")).isEmpty();
    mvc.perform(get("/api/v1/interventions/0").with(users.as("admin")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aPartnerUserReadsOnlyTheirOwnIndicatorsInterventionsAndNotTheList() throws Exception {
    Indicator indicator = climbed();
    // Refused as the values API refuses it.
    int hidden =
        mvc.perform(
                get("/api/v1/indicators/" + indicator.getCode() + "/interventions")
                    .with(users.as("partner")))
            .andReturn()
            .getResponse()
            .getStatus();
    int values =
        mvc.perform(
                get("/api/v1/indicators/" + indicator.getCode() + "/values")
                    .with(users.as("partner")))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(hidden).isIn(403, 404).isEqualTo(values);
    mvc.perform(get("/api/v1/indicators/CSP-01/interventions").with(users.as("partner")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/interventions").with(users.as("partner")))
        .andExpect(status().isForbidden());
  }

  private static List<JsonNode> streamOf(JsonNode array) {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private static List<String> codes(JsonNode list, String code) {
    return streamOf(list).stream()
        .filter(n -> n.get("subject").get("code").asText().equals(code))
        .map(n -> n.get("state").asText() + " " + n.get("level").asInt())
        .toList();
  }
}
