package org.goldenthread.indicator.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** {@code GET /api/v1/reporting-periods} and {@code GET /api/v1/returns}. Rolled back. */
@GoldenThreadTest
@Transactional
class ReportingApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired ReportingPeriods periods;
  @Autowired EntityManager entities;
  @Autowired ObjectMapper json;

  FixtureCouncil.Council council;
  Period quarter;

  @BeforeEach
  void theDueQuarterIsOpen() {
    council = fixtures.create();
    quarter = fixtures.dueQuarter();
    OpenPeriods.open(periods, quarter);
    entities.flush();
  }

  private JsonNode read(String path) throws Exception {
    return json.readTree(
        mvc.perform(get(path).with(users.as("manager")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void listsEveryReportingPeriodWithWhoOpenedItAndItsVersion() throws Exception {
    periods.open(Period.parse("2019/20 Q1"), OpenPeriods.TEAM);
    ReportingPeriod closed = periods.find(Period.parse("2019/20 Q1")).orElseThrow();
    periods.close(closed.getId(), OpenPeriods.TEAM);
    entities.flush();
    JsonNode list = read("/api/v1/reporting-periods");
    JsonNode old = null;
    JsonNode due = null;
    for (JsonNode p : list) {
      if (p.get("period").asText().equals("2019/20 Q1")) {
        old = p;
      }
      if (p.get("period").asText().equals(quarter.label())) {
        due = p;
      }
    }
    assertThat(old).isNotNull();
    assertThat(old.get("state").asText()).isEqualTo("CLOSED");
    assertThat(old.get("type").asText()).isEqualTo("QUARTER");
    assertThat(old.get("start").asText()).isEqualTo("2019-04-01");
    assertThat(old.get("end").asText()).isEqualTo("2019-06-30");
    assertThat(old.get("closedBy").get("name").asText()).isEqualTo("Performance team (test)");
    assertThat(old.get("openedAt").isNull()).isFalse();
    assertThat(old.get("version").asLong()).isEqualTo(closed.getVersion());
    assertThat(due.get("state").asText()).isEqualTo("OPEN");
    assertThat(due.get("closedBy").isNull()).isTrue();
  }

  @Test
  void listsEachReturnOfThePeriodWithItsStageLatenessAndWhoOwesIt() throws Exception {
    String label = quarter.label().replace('/', '-');
    JsonNode body = read("/api/v1/returns?period=" + label);
    assertThat(body.get("period").asText()).isEqualTo(quarter.label());
    assertThat(body.get("state").asText()).isEqualTo("OPEN");
    JsonNode mine = null;
    for (JsonNode r : body.get("returns")) {
      if (r.get("indicator").get("code").asText().equals(council.indicator().getCode())) {
        mine = r;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("period").asText()).isEqualTo(quarter.label());
    assertThat(mine.get("stage").asText()).isEqualTo("NOT_STARTED");
    assertThat(mine.get("late").asBoolean()).isTrue();
    assertThat(mine.get("daysLate").asLong()).isPositive();
    assertThat(mine.get("returnedForCorrection").asBoolean()).isFalse();
    assertThat(mine.get("deadline").asText()).startsWith(String.valueOf(quarter.end().getYear()));
    assertThat(mine.get("responsible").get("id").asLong()).isEqualTo(council.officer().getId());
    assertThat(mine.get("orgUnit").get("id").asLong()).isEqualTo(council.service().getId());
    assertThat(mine.get("directorate").get("id").asLong())
        .isEqualTo(council.service().getParent().getId());
  }

  @Test
  void withoutAPeriodTheLatestOpenOneIsGiven() throws Exception {
    JsonNode body = read("/api/v1/returns");
    assertThat(body.get("period").asText()).isEqualTo(periods.open().get(0).label());
  }

  @Test
  void aPeriodThatIsNotAReportingPeriodIsRefusedNamingIt() throws Exception {
    mvc.perform(get("/api/v1/returns?period=2010/11 Q1").with(users.as("admin")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.period").value(containsString("not a reporting period")));
    mvc.perform(get("/api/v1/returns?period=2026/27 Q9").with(users.as("admin")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.period").value(containsString("is not a period")));
  }

  @Test
  void partnersAreNotLetIn() throws Exception {
    mvc.perform(get("/api/v1/returns").with(users.as("partner"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/reporting-periods").with(users.as("partner")))
        .andExpect(status().isForbidden());
  }
}
