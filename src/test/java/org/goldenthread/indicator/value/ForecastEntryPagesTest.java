package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The officer's year-end forecast (SPEC §4): given with a value on the form or through the API,
 * judged with the projection against the annual target, changed alone without sending a verified
 * value back (but audited), and shown on the indicator page's "Outturn and early warning".
 */
@GoldenThreadTest
class ForecastEntryPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired Targets targets;
  @Autowired FixtureCouncil fixtures;
  @Autowired AuditTrail audit;

  final String code = "FC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  // 2026/27 Q2: the latest quarter over on the tests' day, the one the indicator page reports.
  final Period quarter = Period.containing(TestClock.TODAY, PeriodType.QUARTER).previous();
  Indicator indicator;
  String officer;
  String manager;

  @BeforeEach
  void defineAQuarterlyCountWithAnAnnualTargetOf400() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    officer = council.officerUsername();
    manager = council.managerUsername();
    mvc.perform(
        post("/indicators/new")
            .with(users.as("admin"))
            .with(csrf())
            .param("code", code)
            .param("title", "Households helped")
            .param("type", "LOCAL")
            .param("unit", "NUMBER")
            .param("polarity", "HIGHER_IS_BETTER")
            .param("frequency", "QUARTER")
            .param("aggregation", "SUM")
            .param("decimalPlaces", "0")
            .param("toleranceAmount", "10")
            .param("toleranceKind", "PERCENT")
            .param("responsibleId", council.officer().getId().toString())
            .param("accountableId", council.manager().getId().toString())
            .param("orgUnitId", council.service().getId().toString())
            .param("active", "true"));
    indicator = indicators.findByCodeIgnoreCase(code).orElseThrow();
    targets.set(indicator, Period.year(quarter.year()), new BigDecimal("400"), named("Test"));
  }

  private ResultActions enter(String actual, String forecast, String basis, Long version)
      throws Exception {
    var request =
        post("/indicators/" + indicator.getId() + "/enter")
            .with(users.as(officer))
            .with(csrf())
            .param("period", quarter.label())
            .param("actual", actual)
            .param("commentary", "Steady")
            .param("forecast", forecast)
            .param("forecastBasis", basis);
    if (version != null) {
      request.param("version", version.toString());
    }
    return mvc.perform(request);
  }

  private IndicatorValue stored() {
    return values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow();
  }

  @Test
  void aForecastIsKeptJudgedAndChangedAloneWithoutSendingTheVerifiedValueBack() throws Exception {
    // 100 in the first quarter reported projects 400 (on target); the forecast of 300 is Red.
    enter("100", "300", "Two advisers leave in January", null)
        .andExpect(redirectedUrl("/indicators/" + indicator.getId()))
        .andExpect(
            flash()
                .attribute(
                    "success",
                    code
                        + " "
                        + quarter.label()
                        + " has been submitted for verification. Year end: your forecast 300,"
                        + " projected outturn 400, against the annual target of 400: Target at"
                        + " risk."));
    IndicatorValue saved = stored();
    assertThat(saved.getForecast()).isEqualByComparingTo("300");
    assertThat(saved.getForecastBasis()).isEqualTo("Two advisers leave in January");
    mvc.perform(post("/values/" + saved.getId() + "/verify").with(users.as(manager)).with(csrf()))
        .andExpect(redirectedUrl("/verification"));

    mvc.perform(get("/indicators/" + indicator.getId()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Outturn and early warning")))
        .andExpect(content().string(containsString("Target at risk")))
        .andExpect(content().string(containsString("Two advisers leave in January")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "The total so far, scaled by the periods reported&#39;s share of the"
                            + " year")))
        .andExpect(content().string(containsString("Not enough data.")));

    // The officer changes only the forecast: the verified value stays verified.
    enter("100", "390", "One adviser stays", stored().getVersion())
        .andExpect(
            flash()
                .attribute(
                    "success",
                    containsString(
                        "The forecast for "
                            + code
                            + " "
                            + quarter.label()
                            + " has been saved; the value stays verified. Year end: your"
                            + " forecast 390")))
        .andExpect(flash().attribute("success", containsString(": Watch.")));
    IndicatorValue changed = stored();
    assertThat(changed.getState()).isEqualTo(ValueState.VERIFIED);
    assertThat(changed.getForecast()).isEqualByComparingTo("390");
    List<RecordChange> history = audit.historyOf(IndicatorValue.class, changed.getId());
    assertThat(history.get(0).fields())
        .anySatisfy(
            f -> {
              assertThat(f.before()).contains("300");
              assertThat(f.after()).contains("390");
            });

    // Changing the figure itself still sends it back.
    enter("120", "390", "One adviser stays", stored().getVersion())
        .andExpect(redirectedUrl("/indicators/" + indicator.getId()));
    assertThat(stored().getState()).isEqualTo(ValueState.SUBMITTED);
  }

  @Test
  void aBadForecastOrABasisWithoutOneIsNamedAndNothingIsSaved() throws Exception {
    enter("100", "about 400", "", null)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the year-end forecast as a number")))
        .andExpect(content().string(containsString("value=\"about 400\"")));
    enter("100", "", "Trend so far", null)
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Enter the year-end forecast the basis is for")));
    assertThat(values.findByIndicatorAndPeriod(indicator, quarter)).isEmpty();
  }

  @Test
  void theFormShowsTheForecastFieldsAndTheForecastGiven() throws Exception {
    enter("100", "410", "Better than last year", null);
    mvc.perform(
            get("/indicators/" + indicator.getId() + "/enter")
                .param("period", quarter.label())
                .with(users.as(officer)))
        .andExpect(content().string(containsString("Forecast for the year")))
        .andExpect(content().string(containsString("value=\"410\"")))
        .andExpect(content().string(containsString("Better than last year")));
  }

  @Test
  void theApiTakesAForecastWithAValueAndGivesItBackWithItsBasis() throws Exception {
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"period\":\""
                        + quarter.label()
                        + "\",\"actual\":\"100\",\"forecast\":\"370\","
                        + "\"forecastBasis\":\"Winter pressures\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.forecast").value(370))
        .andExpect(jsonPath("$.forecastBasis").value("Winter pressures"))
        .andExpect(jsonPath("$.projectedOutturn").value(400))
        .andExpect(jsonPath("$.outturnRisk").value("WATCH"));
    mvc.perform(get("/api/v1/indicators/" + code + "/values").with(users.as("councillor")))
        .andExpect(jsonPath("$[?(@.period == '" + quarter.label() + "')].forecast").value(370.0))
        .andExpect(
            jsonPath("$[?(@.period == '" + quarter.label() + "')].forecastBasis")
                .value("Winter pressures"))
        .andExpect(
            jsonPath("$[?(@.period == '" + quarter.label() + "')].outturnRisk").value("WATCH"));
    // A program that leaves the forecast out keeps it; an empty one removes it.
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"period\":\""
                        + quarter.label()
                        + "\",\"actual\":\"110\",\"version\":"
                        + stored().getVersion()
                        + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.forecast").value(370))
        .andExpect(jsonPath("$.forecastBasis").value("Winter pressures"));
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"period\":\""
                        + quarter.label()
                        + "\",\"actual\":\"110\",\"forecast\":\"\",\"version\":"
                        + stored().getVersion()
                        + "}"))
        .andExpect(status().isOk());
    assertThat(stored().getForecast()).isNull();
    assertThat(stored().getForecastBasis()).isNull();
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"period\":\""
                        + quarter.label()
                        + "\",\"actual\":\"100\",\"forecast\":\"lots\",\"version\":"
                        + stored().getVersion()
                        + "}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("year-end forecast")))
        .andExpect(content().string(not(containsString("Exception"))));
  }
}
