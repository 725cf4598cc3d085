package org.goldenthread.risk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.ApiTokenService;
import org.goldenthread.risk.CloseForm;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Recording a review over JSON, and the heat map's counts moving with it. */
@GoldenThreadTest
class RiskReviewApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskApiFixture fixture;
  @Autowired AccountService accounts;
  @Autowired ApiTokenService tokens;
  @Autowired RiskService risks;

  private RiskApiFixture.Risks r;

  @BeforeEach
  void setUp() {
    r = fixture.create();
  }

  private ResultActions review(String username, String code, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/risks/" + code + "/reviews")
            .with(users.as(username))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private long version(String code) throws Exception {
    String body =
        mvc.perform(get("/api/v1/risks/" + code).with(users.as("admin")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.version")).longValue();
  }

  private ResultActions heatMap(String username, String query) throws Exception {
    return mvc.perform(get("/api/v1/risks/heat-map" + query).with(users.as(username)));
  }

  private static String cell(int likelihood, int impact) {
    return "$.cells[?(@.likelihood == " + likelihood + " && @.impact == " + impact + ")]";
  }

  @Test
  void theOwnerRecordsAReviewAndTheRiskMovesUpAboveAppetite() throws Exception {
    String code = r.r1().getCode();
    long version = version(code);

    review(
            r.council().officerUsername(),
            code,
            """
            {"reviewedOn": "%s", "currentLikelihood": 4, "currentImpact": 4,
             "whatChanged": "Presentations up 30%%", "why": "Two hostels closed", "version": %d}
            """
                .formatted(TestClock.TODAY, version))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.currentLikelihood").value(4))
        .andExpect(jsonPath("$.currentImpact").value(4))
        .andExpect(jsonPath("$.currentScore").value(16))
        .andExpect(jsonPath("$.band").value("HIGH"))
        .andExpect(jsonPath("$.aboveAppetite").value(true))
        .andExpect(jsonPath("$.movement").value("UP"))
        .andExpect(jsonPath("$.previousScore").value(12))
        .andExpect(jsonPath("$.lastReviewed").value(TestClock.TODAY.toString()))
        .andExpect(jsonPath("$.nextReview").value(TestClock.TODAY.plusMonths(3).toString()))
        .andExpect(jsonPath("$.overdue").value(false))
        .andExpect(jsonPath("$.history.length()").value(2))
        .andExpect(jsonPath("$.history[1].kind").value("REVIEW"))
        .andExpect(jsonPath("$.history[1].whatChanged").value("Presentations up 30%"))
        .andExpect(jsonPath("$.history[1].reviewedBy").value(r.council().officer().getFullName()));

    heatMap("councillor", "?register=" + r.corporate().getCode())
        .andExpect(jsonPath(cell(4, 4) + ".count").value(1))
        .andExpect(jsonPath(cell(3, 4) + ".count").value(0))
        .andExpect(jsonPath("$.movement.up").value(1))
        .andExpect(jsonPath("$.movement.new").value(2))
        .andExpect(jsonPath("$.movement.unchanged").value(0));
  }

  @Test
  void everyProblemIsNamedAtOnceAndNothingChanges() throws Exception {
    String code = r.r1().getCode();
    long version = version(code);

    review(
            r.council().officerUsername(),
            code,
            "{\"currentLikelihood\": 7, \"currentImpact\": 4, \"whatChanged\": \" \","
                + " \"reviewedOn\": \"2030-01-01\", \"version\": "
                + version
                + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.currentLikelihood", containsString("1 (rare) to 5")))
        .andExpect(jsonPath("$.errors.whatChanged", containsString("what has changed")))
        .andExpect(jsonPath("$.errors.reviewedOn", containsString("future")));
    review(
            r.council().officerUsername(),
            code,
            "{\"currentLikelihood\": 5, \"currentImpact\": 5, \"whatChanged\": \"Worse\","
                + " \"version\": "
                + version
                + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.currentLikelihood", containsString("inherent score (20)")));

    mvc.perform(get("/api/v1/risks/" + code).with(users.as("admin")))
        .andExpect(jsonPath("$.version").value(version))
        .andExpect(jsonPath("$.currentScore").value(12))
        .andExpect(jsonPath("$.history.length()").value(1));
  }

  @Test
  void aReviewWithAStaleVersionIsToldAndOneWithoutJoinsTheHistory() throws Exception {
    String code = r.r2().getCode();
    String body =
        "{\"currentLikelihood\": 2, \"currentImpact\": 2, \"whatChanged\": \"Nothing\"%s}";
    review(r.council().managerUsername(), code, body.formatted(""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.history.length()").value(2));
    long version = version(code);

    String answer =
        review(r.council().managerUsername(), code, body.formatted(", \"version\": " + version))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long now = ((Number) JsonPath.read(answer, "$.version")).longValue();
    assertThat(now).as("the answer gives the version as saved").isEqualTo(version(code));
    assertThat(now).isGreaterThan(version);

    review(r.council().officerUsername(), code, body.formatted(", \"version\": " + version))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(now));
    mvc.perform(get("/api/v1/risks/" + code).with(users.as("admin")))
        .andExpect(jsonPath("$.history.length()").value(3));
    review(r.council().officerUsername(), code, body.formatted(", \"version\": " + now))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.history.length()").value(4));
  }

  @Test
  void aProgramReviewsWithItsOwnersTokenAndTheVersionInIfMatch() throws Exception {
    String code = r.r1().getCode();
    long version = version(code);
    String token =
        tokens
            .create(
                accounts.findByUsername(r.council().officerUsername()).orElseThrow().getId(),
                "risk reviews")
            .secret();

    mvc.perform(
            post("/api/v1/risks/" + code + "/reviews")
                .header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"currentLikelihood\": 2, \"currentImpact\": 4, \"whatChanged\":"
                        + " \"New supply contract\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.currentScore").value(8))
        .andExpect(jsonPath("$.movement").value("DOWN"))
        .andExpect(jsonPath("$.band").value("MEDIUM"));
  }

  @Test
  void onlyTheOwnerAccountablePersonAndAdministratorsReview() throws Exception {
    String code = r.r2().getCode();
    String body =
        "{\"currentLikelihood\": 2, \"currentImpact\": 2, \"whatChanged\": \"Nothing\","
            + " \"version\": "
            + version(code)
            + "}";
    review("councillor", code, body).andExpect(status().isForbidden());
    review("director", code, body).andExpect(status().isForbidden());
    review("partner", code, body).andExpect(status().isForbidden());
    review("admin", "NO-SUCH-RISK", body).andExpect(status().isNotFound());
    review("admin", code, body).andExpect(status().isCreated());
  }

  @Test
  void theHeatMapCountsEachCellConfidentialRisksIncluded() throws Exception {
    String corporate = "?register=" + r.corporate().getCode();
    heatMap("councillor", corporate + "&scores=current")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.register").value(r.corporate().getCode()))
        .andExpect(jsonPath("$.scores").value("CURRENT"))
        .andExpect(jsonPath("$.since").value("2026-09-30"))
        .andExpect(jsonPath("$.cells.length()").value(25))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath(cell(3, 4) + ".count").value(1))
        .andExpect(jsonPath(cell(3, 4) + ".score").value(12))
        .andExpect(jsonPath(cell(3, 4) + ".band").value("MEDIUM"))
        .andExpect(jsonPath(cell(3, 3) + ".count").value(1))
        .andExpect(jsonPath(cell(2, 2) + ".count").value(1))
        .andExpect(jsonPath(cell(5, 5) + ".band").value("HIGH"))
        .andExpect(jsonPath("$.movement.new").value(2))
        .andExpect(jsonPath("$.movement.unchanged").value(1))
        .andExpect(jsonPath("$.movement.up").value(0))
        .andExpect(jsonPath("$.movement.closed").value(0))
        .andExpect(jsonPath("$.bands[1].highest").value(12));
    heatMap("councillor", corporate + "&scores=inherent")
        .andExpect(jsonPath(cell(4, 5) + ".count").value(3));
    heatMap("councillor", corporate + "&scores=target")
        .andExpect(jsonPath(cell(2, 2) + ".count").value(3));
    heatMap("councillor", "?register=" + r.corporate().getName())
        .andExpect(jsonPath("$.total").value(3));
  }

  @Test
  void aRiskClosedSinceTheQuarterEndLeavesItsCellAndCountsAsClosed() throws Exception {
    risks.close(r.r1().getId(), new CloseForm(TestClock.TODAY.minusDays(10), "Demand fell", null));

    heatMap("councillor", "?register=" + r.corporate().getCode())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath(cell(3, 4) + ".count").value(0))
        .andExpect(jsonPath("$.movement.closed").value(1))
        .andExpect(jsonPath("$.movement.unchanged").value(0))
        .andExpect(jsonPath("$.movement.new").value(2));
    mvc.perform(get("/api/v1/risks/" + r.r1().getCode()).with(users.as("admin")))
        .andExpect(jsonPath("$.state").value("CLOSED"))
        .andExpect(jsonPath("$.movement").value("CLOSED"))
        .andExpect(jsonPath("$.overdue").value(false));
    review(
            "admin",
            r.r1().getCode(),
            "{\"currentLikelihood\": 2, \"currentImpact\": 2,"
                + " \"whatChanged\": \"x\", \"version\": "
                + version(r.r1().getCode())
                + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.state", containsString("reopen it first")));
  }

  @Test
  void anUnknownRegisterOrScoresIsRefused() throws Exception {
    heatMap("admin", "?register=NO-SUCH-REGISTER&scores=residual")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.register", containsString("NO-SUCH-REGISTER")))
        .andExpect(jsonPath("$.errors.scores", containsString("current, inherent or target")));
    heatMap("councillor", "?register=" + r.service().getCode()).andExpect(status().isForbidden());
  }
}
