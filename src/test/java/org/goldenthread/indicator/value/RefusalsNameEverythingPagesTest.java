package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A value refused for several reasons is refused for all of them at once, on the form and through
 * the API, and the form shows a ratio's figure before it is submitted.
 */
@GoldenThreadTest
class RefusalsNameEverythingPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired IndicatorValueRepository values;

  FixtureCouncil.Council council;
  String enter;

  @BeforeEach
  void aCouncilWithATargetOf100() {
    council = fixtures.create();
    enter = "/indicators/" + council.indicator().getId() + "/enter";
  }

  @Test
  void aRedValueWithoutCommentaryOrRemedialActionIsRefusedForBoth() throws Exception {
    mvc.perform(
            post(enter)
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("period", fixtures.dueQuarter().label())
                .param("actual", "40"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a href=\"#commentary\">The value is red. Explain in the commentary")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a href=\"#remedialAction\">The value is red. Say what is being done")));
    assertThat(values.findByIndicatorAndPeriod(council.indicator(), fixtures.dueQuarter()))
        .isEmpty();
  }

  @Test
  void aFieldThatIsNotANumberIsNamedWithTheRulesOfEntry() throws Exception {
    mvc.perform(
            post(enter)
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("period", fixtures.dueQuarter().label())
                .param("actual", "40")
                .param("forecast", "about 300")
                .param("forecastBasis", "The trend so far"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#commentary\"")))
        .andExpect(content().string(containsString("href=\"#remedialAction\"")))
        .andExpect(content().string(containsString("href=\"#forecast\"")));
    assertThat(values.findByIndicatorAndPeriod(council.indicator(), fixtures.dueQuarter()))
        .isEmpty();
  }

  @Test
  void theApiNamesBothProblemsTogether() throws Exception {
    mvc.perform(
            post("/api/v1/indicators/" + council.indicator().getCode() + "/values")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"period\":\""
                        + fixtures.dueQuarter().label()
                        + "\",\"actual\":\"40\",\"forecastBasis\":\"A guess\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.commentary").value(containsString("The value is red")))
        .andExpect(jsonPath("$.errors.remedialAction").value(containsString("Say what is being")))
        .andExpect(jsonPath("$.errors.forecast").value(containsString("Enter the year-end")))
        .andExpect(jsonPath("$.detail").value(containsString("Explain in the commentary")));
    assertThat(values.findByIndicatorAndPeriod(council.indicator(), fixtures.dueQuarter()))
        .isEmpty();
  }

  @Test
  void theFigureIsWorkedOutForTheFormBeforeItIsSent() throws Exception {
    mvc.perform(
            post(enter + "/figure")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("numerator", "7")
                .param("denominator", "0"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    "<span>Worked out: — (the denominator is 0, so there is no figure)</span>"));
    mvc.perform(
            post(enter + "/figure")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("numerator", "350")
                .param("denominator", "400"))
        .andExpect(content().string(containsString("Worked out: 1 (350 ÷ 400)")));
    FixtureCouncil.Council other = fixtures.create();
    mvc.perform(
            post(enter + "/figure")
                .with(users.as(other.officerUsername()))
                .with(csrf())
                .param("numerator", "350")
                .param("denominator", "400"))
        .andExpect(status().isForbidden());
  }
}
