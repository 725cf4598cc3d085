package org.goldenthread.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the deadline-day load test relies on: a value an officer enters is on the scorecard and in
 * the report on the very next request once verified, and on the public page once published, however
 * often those pages were read before it (nothing kept from before is shown).
 */
@GoldenThreadTest
class EnteredValueShowsAtOnceTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired Targets targets;
  @Autowired FixtureCouncil fixtures;
  @Autowired JdbcTemplate jdbc;

  final String code = "LV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final Period quarter = Period.containing(TestClock.TODAY, PeriodType.QUARTER).previous();

  @Test
  void aValueEnteredIsOnTheScorecardTheReportAndThePublicPageOnTheNextRequest() throws Exception {
    try {
      enterVerifyAndPublish();
    } finally {
      // Put back what other tests count: the public indicators and their published values.
      jdbc.update("update indicator set published = false where code = ?", code);
    }
  }

  private void enterVerifyAndPublish() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    mvc.perform(
            post("/indicators/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", code)
                .param("title", "Missed bin collections put right in a day")
                .param("type", "LOCAL")
                .param("unit", "NUMBER")
                .param("polarity", "HIGHER_IS_BETTER")
                .param("frequency", "QUARTER")
                .param("aggregation", "SUM")
                .param("decimalPlaces", "0")
                .param("toleranceAmount", "10")
                .param("toleranceKind", "PERCENT")
                .param("published", "true")
                .param("responsibleId", council.officer().getId().toString())
                .param("accountableId", council.manager().getId().toString())
                .param("orgUnitId", council.service().getId().toString())
                .param("active", "true"))
        .andExpect(redirectedUrlPattern("/indicators/*"));
    Indicator indicator = indicators.findByCodeIgnoreCase(code).orElseThrow();
    targets.set(indicator, quarter, new BigDecimal("400"), named("Test"));
    String report =
        mvc.perform(
                post("/reports/new")
                    .with(users.as("director"))
                    .with(csrf())
                    .param("title", "Waste quarterly report " + code)
                    .param("audience", "Cabinet")
                    .param("scopeKind", "CHOSEN")
                    .param("periodType", "QUARTER")
                    .param("includeDetail", "true")
                    .param("indicatorIds", indicator.getId().toString()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    // The scorecard pages: the fixture's service holds this indicator among few.
    MockHttpServletRequestBuilder scorecard =
        get("/indicators")
            .param("period", quarter.label())
            .param("orgUnitId", council.service().getId().toString())
            .param("size", "all")
            .with(users.as("director"));
    MockHttpServletRequestBuilder reportPage =
        get(report).param("period", quarter.label()).with(users.as("director"));
    MockHttpServletRequestBuilder publicPage = get("/public/indicators/" + code);
    // Read before the value exists, as the pages are read all day.
    mvc.perform(scorecard).andExpect(content().string(not(containsString("4,321"))));
    mvc.perform(reportPage).andExpect(content().string(not(containsString("4,321"))));

    mvc.perform(
            post("/indicators/" + indicator.getId() + "/enter")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "4321")
                .param("commentary", "A new round from October"))
        .andExpect(redirectedUrlPattern("/indicators/*"));
    IndicatorValue entered = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow();
    mvc.perform(
            post("/values/" + entered.getId() + "/verify")
                .with(users.as(council.managerUsername()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(scorecard).andExpect(content().string(containsString("4,321")));
    mvc.perform(reportPage).andExpect(content().string(containsString("4,321")));

    mvc.perform(publicPage).andExpect(content().string(not(containsString("4,321"))));
    mvc.perform(
            post("/values/" + entered.getId() + "/publish").with(users.as("admin")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(values.findById(entered.getId()).orElseThrow().getState().name())
        .isEqualTo("PUBLISHED");
    mvc.perform(publicPage).andExpect(content().string(containsString("4,321")));
  }
}
