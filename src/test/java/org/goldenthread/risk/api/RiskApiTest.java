package org.goldenthread.risk.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The risk list, one risk, registers and categories over JSON, as each role reads them. */
@GoldenThreadTest
class RiskApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskApiFixture fixture;

  private RiskApiFixture.Risks r;

  @BeforeEach
  void setUp() {
    r = fixture.create();
  }

  private ResultActions as(String username, String path) throws Exception {
    return mvc.perform(get(path).with(users.as(username)));
  }

  private String risk(String code) {
    return "$[?(@.code == '" + code + "')]";
  }

  @Test
  void eachRiskCarriesItsScoresBandAppetiteMovementAndReviewDatesUnderTheIssuesNames()
      throws Exception {
    String r1 = risk(r.r1().getCode());
    as("admin", "/api/v1/risks?register=" + r.corporate().getCode())
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].code", hasItems(r.r1().getCode(), r.r2().getCode(), r.r3().getCode())))
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath(r1 + ".register", contains(r.corporate().getCode())))
        .andExpect(jsonPath(r1 + ".category", contains("FINANCIAL")))
        .andExpect(jsonPath(r1 + ".state", contains("OPEN")))
        .andExpect(jsonPath(r1 + ".inherentLikelihood", contains(4)))
        .andExpect(jsonPath(r1 + ".inherentImpact", contains(5)))
        .andExpect(jsonPath(r1 + ".inherentScore", contains(20)))
        .andExpect(jsonPath(r1 + ".currentLikelihood", contains(3)))
        .andExpect(jsonPath(r1 + ".currentImpact", contains(4)))
        .andExpect(jsonPath(r1 + ".currentScore", contains(12)))
        .andExpect(jsonPath(r1 + ".targetLikelihood", contains(2)))
        .andExpect(jsonPath(r1 + ".targetImpact", contains(2)))
        .andExpect(jsonPath(r1 + ".targetScore", contains(4)))
        .andExpect(jsonPath(r1 + ".band", contains("MEDIUM")))
        .andExpect(jsonPath(r1 + ".aboveAppetite", contains(false)))
        .andExpect(jsonPath(r1 + ".movement", contains("UNCHANGED")))
        .andExpect(jsonPath(r1 + ".lastReviewed", contains("2026-08-14")))
        .andExpect(jsonPath(r1 + ".nextReview", contains("2026-11-14")))
        .andExpect(jsonPath(r1 + ".overdue", contains(true)))
        .andExpect(jsonPath(r1 + ".owner", contains(r.council().officer().getFullName())))
        .andExpect(jsonPath(r1 + ".accountable", contains(r.council().manager().getFullName())))
        .andExpect(jsonPath(r1 + ".reviewFrequency", contains("QUARTERLY")))
        .andExpect(jsonPath(r1 + ".controls[0].effectiveness", contains("PARTLY_EFFECTIVE")))
        .andExpect(jsonPath(r1 + ".history").doesNotExist())
        .andExpect(jsonPath(risk(r.r2().getCode()) + ".movement", contains("NEW")))
        .andExpect(jsonPath(risk(r.r2().getCode()) + ".band", contains("LOW")))
        .andExpect(jsonPath(risk(r.r3().getCode()) + ".confidential", contains(true)));
    as("admin", "/api/v1/risks?register=" + r.service().getName())
        .andExpect(jsonPath("$[*].code", contains(r.r4().getCode())))
        .andExpect(jsonPath("$[0].band").value("HIGH"))
        .andExpect(jsonPath("$[0].aboveAppetite").value(true))
        .andExpect(jsonPath("$[0].currentScore").value(20));
  }

  @Test
  void filtersByRegisterCategoryBandOverdueAndState() throws Exception {
    String corporate = "/api/v1/risks?register=" + r.corporate().getCode();
    as("admin", corporate + "&overdue=true")
        .andExpect(jsonPath("$[*].code", contains(r.r1().getCode())));
    as("admin", corporate + "&overdue=false")
        .andExpect(jsonPath("$[*].code", not(hasItem(r.r1().getCode()))))
        .andExpect(jsonPath("$.length()").value(2));
    as("admin", corporate + "&band=low")
        .andExpect(jsonPath("$[*].code", contains(r.r2().getCode())));
    as("admin", corporate + "&band=MEDIUM&category=Financial")
        .andExpect(jsonPath("$[*].code", hasItems(r.r1().getCode(), r.r3().getCode())))
        .andExpect(jsonPath("$[*].band", everyItem(is("MEDIUM"))));
    as("admin", corporate + "&category=CYBER").andExpect(jsonPath("$").isEmpty());
    as("admin", corporate + "&state=closed").andExpect(jsonPath("$").isEmpty());
    as("admin", "/api/v1/risks?band=HIGH")
        .andExpect(jsonPath("$[*].code", hasItem(r.r4().getCode())))
        .andExpect(jsonPath("$[*].band", everyItem(is("HIGH"))));
  }

  @Test
  void anUnknownFilterValueIsRefusedNamingEachProblem() throws Exception {
    as("admin", "/api/v1/risks?register=NOPE-REG&category=Weather&band=PURPLE&overdue=maybe")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.register", containsString("NOPE-REG")))
        .andExpect(jsonPath("$.errors.category", containsString("Weather")))
        .andExpect(jsonPath("$.errors.band", containsString("LOW, MEDIUM or HIGH")))
        .andExpect(jsonPath("$.errors.overdue", containsString("true or false")));
    as("admin", "/api/v1/risks?state=pending")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.state").exists());
  }

  @Test
  void oneRiskComesWithItsHistoryAndControls() throws Exception {
    as("councillor", "/api/v1/risks/" + r.r1().getCode().toLowerCase())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(r.r1().getCode()))
        .andExpect(jsonPath("$.history.length()").value(1))
        .andExpect(jsonPath("$.history[0].kind").value("OPENED"))
        .andExpect(jsonPath("$.history[0].reviewedOn").value("2026-08-14"))
        .andExpect(jsonPath("$.history[0].currentScore").value(12))
        .andExpect(jsonPath("$.controls[0].description").value("Weekly placement panel"))
        .andExpect(jsonPath("$.controls[0].owner").value(r.council().manager().getFullName()))
        .andExpect(jsonPath("$.version").isNumber());
    as("councillor", "/api/v1/risks/NO-SUCH-RISK").andExpect(status().isNotFound());
    as("councillor", "/api/v1/risks/" + r.r4().getCode()).andExpect(status().isForbidden());
    as("councillor", "/api/v1/risks/" + r.r3().getCode()).andExpect(status().isForbidden());
    as(r.council().officerUsername(), "/api/v1/risks/" + r.r3().getCode())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.confidential").value(true));
  }

  @Test
  void aMemberReadsTheCorporateRegisterButNotItsConfidentialRisks() throws Exception {
    as("councillor", "/api/v1/risks")
        .andExpect(jsonPath("$[*].code", hasItems(r.r1().getCode(), r.r2().getCode())))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.r3().getCode()))))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.r4().getCode()))))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.r5().getCode()))));
    as("councillor", "/api/v1/risks?register=" + r.service().getCode())
        .andExpect(status().isForbidden());
    as("councillor", "/api/v1/risk-registers")
        .andExpect(jsonPath("$[*].code", hasItem(r.corporate().getCode())))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.service().getCode()))))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.partnership().getCode()))));
    as("councillor", "/api/v1/risk-registers/" + r.service().getCode())
        .andExpect(status().isForbidden());
    as("councillor", "/api/v1/risk-registers/NO-SUCH-REGISTER").andExpect(status().isNotFound());
  }

  @Test
  void aPartnerReadsOnlyTheirPartnershipsRegister() throws Exception {
    as("partner", "/api/v1/risks")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItem(r.r5().getCode())))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.r6().getCode()))))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.r1().getCode()))))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.r4().getCode()))));
    as("partner", "/api/v1/risks/" + r.r1().getCode()).andExpect(status().isForbidden());
    as("partner", "/api/v1/risks/" + r.r6().getCode()).andExpect(status().isForbidden());
    as("partner", "/api/v1/risk-registers")
        .andExpect(jsonPath("$[*].code", hasItem(r.partnership().getCode())))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.otherPartnership().getCode()))))
        .andExpect(jsonPath("$[*].code", not(hasItem(r.corporate().getCode()))));
    as("partner", "/api/v1/risks/heat-map?register=" + r.otherPartnership().getCode())
        .andExpect(status().isForbidden());
    as("partner", "/api/v1/risks/heat-map?register=" + r.partnership().getCode())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void aStaffMemberReadsTheirOwnServicesRegister() throws Exception {
    as(r.council().managerUsername(), "/api/v1/risks?register=" + r.service().getCode())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", contains(r.r4().getCode())));
    as("officer", "/api/v1/risks?register=" + r.service().getCode())
        .andExpect(status().isForbidden());
  }

  @Test
  void registersGiveTheirOwnersAndCountsConfidentialRisksIncluded() throws Exception {
    as("councillor", "/api/v1/risk-registers/" + r.corporate().getCode())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.level").value("CORPORATE"))
        .andExpect(jsonPath("$.name").value(r.corporate().getName()))
        .andExpect(jsonPath("$.counts.open").value(3))
        .andExpect(jsonPath("$.counts.closed").value(0))
        .andExpect(jsonPath("$.counts.medium").value(2))
        .andExpect(jsonPath("$.counts.low").value(1))
        .andExpect(jsonPath("$.counts.overdue").value(1))
        .andExpect(jsonPath("$.counts.aboveAppetite").value(0));
    as("admin", "/api/v1/risk-registers/" + r.service().getCode())
        .andExpect(jsonPath("$.orgUnit").value(r.council().service().getName()))
        .andExpect(jsonPath("$.counts.high").value(1))
        .andExpect(jsonPath("$.counts.aboveAppetite").value(1));
  }

  @Test
  void theOpenApiDocumentDescribesTheRiskApi() throws Exception {
    as("officer", "/v3/api-docs")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/risks'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/risks/{code}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/risks/{code}/reviews'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/risks/heat-map'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/risk-registers/{code}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/risk-categories'].get").exists())
        .andExpect(jsonPath("$.components.schemas.MovementView.properties.new").exists());
  }

  @Test
  void categoriesGiveTheirAppetiteAndTheBandSettings() throws Exception {
    as("partner", "/api/v1/risk-categories")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.categories[?(@.code == 'FINANCIAL')].appetite", contains(12)))
        .andExpect(jsonPath("$.categories[?(@.code == 'FINANCIAL')].name", contains("Financial")))
        .andExpect(jsonPath("$.categories[?(@.code == 'HEALTH_SAFETY')].appetite", contains(6)))
        .andExpect(jsonPath("$.bands[0].band").value("LOW"))
        .andExpect(jsonPath("$.bands[0].lowest").value(1))
        .andExpect(jsonPath("$.bands[0].highest").value(4))
        .andExpect(jsonPath("$.bands[1].band").value("MEDIUM"))
        .andExpect(jsonPath("$.bands[1].lowest").value(5))
        .andExpect(jsonPath("$.bands[1].highest").value(12))
        .andExpect(jsonPath("$.bands[2].band").value("HIGH"))
        .andExpect(jsonPath("$.bands[2].lowest").value(13))
        .andExpect(jsonPath("$.bands[2].highest").value(25))
        .andExpect(jsonPath("$.bands[2].symbol").value("▲"));
  }
}
