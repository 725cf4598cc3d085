package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
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

@GoldenThreadTest
class DataEntryPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired Targets targets;
  @Autowired FixtureCouncil fixtures;

  final String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final Period quarter = Period.containing(TestClock.TODAY, PeriodType.QUARTER).previous();
  Indicator indicator;
  FixtureCouncil.Council council;
  String officer;
  String manager;

  @BeforeEach
  void defineAQuarterlyIndicatorForTheRevenuesOfficer() throws Exception {
    council = fixtures.create();
    officer = council.officerUsername();
    manager = council.managerUsername();
    mvc.perform(
            post("/indicators/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", code)
                .param("title", "Invoices paid within 30 days")
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
                .param("active", "true"))
        .andExpect(redirectedUrlPattern("/indicators/*"));
    indicator = indicators.findByCodeIgnoreCase(code).orElseThrow();
    targets.set(indicator, quarter, new BigDecimal("100"), named("Test"));
  }

  private String enterPage() {
    return "/indicators/" + indicator.getId() + "/enter";
  }

  @Test
  void aRedValueIsRefusedWithoutCommentaryThenSubmittedVerifiedAndScored() throws Exception {
    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "50"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The value is red. Explain in the commentary")))
        .andExpect(content().string(containsString("value=\"50\"")));
    assertThat(values.findByIndicatorAndPeriod(indicator, quarter)).isEmpty();

    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "50")
                .param("commentary", "Two staff on long-term sick leave")
                .param("remedialAction", "Agency cover from next month"))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId()));
    IndicatorValue saved = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow();
    assertThat(saved.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(saved.getEnteredBy()).isEqualTo(council.officer().getFullName());

    // The officer cannot verify; the accountable manager sees it in the queue and verifies.
    mvc.perform(post("/values/" + saved.getId() + "/verify").with(users.as(officer)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/verification").with(users.as(manager)))
        .andExpect(content().string(containsString(code + " Invoices paid within 30 days")))
        .andExpect(content().string(containsString("Select " + code + " " + quarter.label())));
    mvc.perform(post("/values/" + saved.getId() + "/verify").with(users.as(manager)).with(csrf()))
        .andExpect(redirectedUrl("/verification"));
    assertThat(values.findById(saved.getId()).orElseThrow().getState())
        .isEqualTo(ValueState.VERIFIED);

    mvc.perform(
            get("/indicators")
                .param("period", quarter.label())
                .param("size", "all")
                .with(users.as("councillor")))
        .andExpect(content().string(containsString(code + " Invoices paid within 30 days")));
    mvc.perform(get("/api/v1/indicators/" + code + "/values").with(users.as("councillor")))
        .andExpect(jsonPath("$[?(@.period == '" + quarter.label() + "')].status").value("RED"))
        .andExpect(jsonPath("$[?(@.period == '" + quarter.label() + "')].state").value("VERIFIED"));
  }

  @Test
  void theIndicatorPageShowsItsFiguresChartAndDefinition() throws Exception {
    mvc.perform(
        post(enterPage())
            .with(users.as(officer))
            .with(csrf())
            .param("period", quarter.label())
            .param("actual", "95")
            .param("commentary", "Slightly behind")
            .param("remedialAction", "Chasing approvals"));
    mvc.perform(get("/indicators/" + indicator.getId()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<svg")))
        .andExpect(content().string(containsString("Actual against target by period")))
        .andExpect(content().string(containsString("Amber")))
        .andExpect(content().string(containsString("Slightly behind")));
    mvc.perform(get("/indicators/" + indicator.getId() + "/edit").with(users.as("admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/indicators/" + indicator.getId() + "/edit").with(users.as(manager)))
        .andExpect(status().isForbidden());
  }

  @Test
  void returningAValueWithoutSayingWhyIsRefusedWithTheReason() throws Exception {
    mvc.perform(
        post(enterPage())
            .with(users.as(officer))
            .with(csrf())
            .param("period", quarter.label())
            .param("actual", "100"));
    long id = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow().getId();

    mvc.perform(
            post("/values/" + id + "/return")
                .with(users.as(manager))
                .with(csrf())
                .param("reason", " "))
        .andExpect(redirectedUrl("/verification"))
        .andExpect(flash().attribute("problem", "Say what needs correcting."));
    assertThat(values.findById(id).orElseThrow().getState()).isEqualTo(ValueState.SUBMITTED);
  }

  @Test
  void anotherOfficerCannotEnterValuesForSomeoneElsesIndicator() throws Exception {
    mvc.perform(get(enterPage()).with(users.as("partner"))).andExpect(status().isForbidden());
    mvc.perform(get(enterPage()).with(users.as(officer))).andExpect(status().isOk());
    mvc.perform(get(enterPage()).with(users.as(manager))).andExpect(status().isOk());
  }

  @Test
  void theSecondOfTwoEditsIsToldAndNothingIsOverwritten() throws Exception {
    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("action", "save")
                .param("period", quarter.label())
                .param("actual", "120"))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId()));
    long version = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow().getVersion();
    mvc.perform(
            post(enterPage())
                .with(users.as(manager))
                .with(csrf())
                .param("action", "save")
                .param("period", quarter.label())
                .param("actual", "130")
                .param("version", String.valueOf(version)))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId()));
    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("action", "save")
                .param("period", quarter.label())
                .param("actual", "125")
                .param("version", String.valueOf(version)))
        .andExpect(content().string(containsString("Someone else saved a change")))
        .andExpect(content().string(containsString("value=\"125\"")));
    assertThat(values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow().getAmount())
        .isEqualByComparingTo("130");
  }

  @Test
  void badInputIsNamedAndNothingIsSaved() throws Exception {
    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "12,5"))
        .andExpect(content().string(containsString("Enter the value as a number")));
    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("period", quarter.next().next().label())
                .param("actual", "10"))
        .andExpect(content().string(containsString("has not started yet")));
    // A period that cannot be read is refused, not taken for the period due.
    mvc.perform(
            post(enterPage())
                .with(users.as("officer"))
                .with(csrf())
                .param("period", "next quarter")
                .param("actual", "10"))
        .andExpect(status().isBadRequest());
    assertThat(values.findByIndicator(indicator)).isEmpty();
    // The scorecard names a period it cannot read and shows the latest quarter over.
    mvc.perform(get("/indicators").param("period", "next quarter").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not a period")));
  }

  @Test
  void aPublishedValueNeedsAReasonToChangeAndGoesBackForVerification() throws Exception {
    mvc.perform(
        post(enterPage())
            .with(users.as(officer))
            .with(csrf())
            .param("period", quarter.label())
            .param("actual", "100"));
    long id = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow().getId();
    mvc.perform(post("/values/" + id + "/verify").with(users.as(manager)).with(csrf()));
    mvc.perform(post("/values/" + id + "/publish").with(users.as("admin")).with(csrf()));
    assertThat(values.findById(id).orElseThrow().getState()).isEqualTo(ValueState.PUBLISHED);
    long version = values.findById(id).orElseThrow().getVersion();

    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "101")
                .param("version", String.valueOf(version)))
        .andExpect(content().string(containsString("Give the reason for changing it")));
    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "101")
                .param("changeReason", "Late invoices found in the ledger")
                .param("version", String.valueOf(version)))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId()));
    IndicatorValue changed = values.findById(id).orElseThrow();
    assertThat(changed.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(changed.getAmount()).isEqualByComparingTo("101");
  }

  @Test
  void myIndicatorsShowsWhatIsDueAndTheApiTakesValuesWithTheSameRules() throws Exception {
    mvc.perform(get("/my-indicators").with(users.as(officer)))
        .andExpect(content().string(containsString(code + " Invoices paid within 30 days")))
        .andExpect(content().string(containsString(quarter.label())));
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + quarter.label() + "\",\"actual\":\"40\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.commentary").exists());
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026 Q9\",\"actual\":\"40\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.period").value(containsString("is not a period")));
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + quarter.label() + "\",\"actual\":\"104.5\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("GREEN"))
        .andExpect(jsonPath("$.state").value("SUBMITTED"));
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as("councillor"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + quarter.label() + "\",\"actual\":\"1\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void changingAValueThroughTheApiNeedsTheVersionRead() throws Exception {
    String api = "/api/v1/indicators/" + code + "/values";
    String json = "{\"period\":\"" + quarter.label() + "\",\"actual\":\"%s\"%s}";
    // The period's first value needs no version: there is nothing to overwrite.
    mvc.perform(
            post(api)
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("104", "")))
        .andExpect(status().isOk());
    IndicatorValue first = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow();

    mvc.perform(
            post(api)
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("120", "")))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.detail").value(containsString("Send the version of the value")));
    mvc.perform(
            post(api)
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("120", ",\"version\":" + (first.getVersion() + 5))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(first.getVersion()));
    assertThat(values.findById(first.getId()).orElseThrow().getAmount())
        .isEqualByComparingTo("104");

    mvc.perform(
            post(api)
                .with(users.as(officer))
                .with(csrf())
                .header("If-Match", "W/\"" + first.getVersion() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("120", "")))
        .andExpect(status().isOk());
    assertThat(values.findById(first.getId()).orElseThrow().getAmount())
        .isEqualByComparingTo("120");
  }

  @Test
  void anEntryFormOpenedBeforeTheFirstValueWasEnteredDoesNotOverwriteIt() throws Exception {
    mvc.perform(
            post("/api/v1/indicators/" + code + "/values")
                .with(users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + quarter.label() + "\",\"actual\":\"104\"}"))
        .andExpect(status().isOk());
    // The form was blank, so it carries no version.
    mvc.perform(
            post(enterPage())
                .with(users.as(officer))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "111"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change to this value")))
        .andExpect(content().string(containsString("value=\"111\"")));
    assertThat(values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow().getAmount())
        .isEqualByComparingTo("104");
  }
}
