package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.Set;
import java.util.UUID;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nobody verifies a figure they entered themselves, and that person is known by id: two people who
 * share a name can verify each other's figures, and a person renamed since entering one cannot.
 */
@GoldenThreadTest
class VerificationByIdPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired AccountService accounts;
  @Autowired PersonRepository people;
  @Autowired FixtureCouncil fixtures;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;

  final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final Period quarter = Period.containing(TestClock.TODAY, PeriodType.QUARTER).previous();

  @Test
  void anotherPersonOfTheSameNameVerifiesAFigure() throws Exception {
    String name = "Alex Morgan " + suffix;
    Person enterer = people.save(new Person(name, PersonType.OFFICER));
    Person verifier = people.save(new Person(name, PersonType.OFFICER));
    String entering = signIn("enterer", enterer, Role.OFFICER);
    String verifying = signIn("verifier", verifier, Role.MANAGER, Role.OFFICER);
    Indicator indicator = indicator(enterer, verifier);

    IndicatorValue value = enterAndSubmit(indicator, entering);
    mvc.perform(post("/values/" + value.getId() + "/verify").with(users.as(verifying)).with(csrf()))
        .andExpect(redirectedUrl("/verification"))
        .andExpect(flash().attributeExists("success"));

    IndicatorValue verified = values.findById(value.getId()).orElseThrow();
    assertThat(verified.getState()).isEqualTo(ValueState.VERIFIED);
    assertThat(verified.getEnteredBy()).isEqualTo(name);
    assertThat(verified.getVerifiedBy()).isEqualTo(name);
    assertThat(verified.getEnteredByPerson().personId()).isEqualTo(enterer.getId());
    assertThat(verified.getVerifiedByPerson().personId()).isEqualTo(verifier.getId());
  }

  @Test
  void aPersonRenamedSinceEnteringAFigureCannotVerifyIt() throws Exception {
    Person manager = people.save(new Person("Jo Baker " + suffix, PersonType.OFFICER));
    String signingIn = signIn("manager", manager, Role.MANAGER, Role.OFFICER);
    Indicator indicator = indicator(manager, manager);
    IndicatorValue value = enterAndSubmit(indicator, signingIn);

    Person renamed = people.findById(manager.getId()).orElseThrow();
    renamed.rename("Jo Fletcher " + suffix);
    people.save(renamed);

    mvc.perform(post("/values/" + value.getId() + "/verify").with(users.as(signingIn)).with(csrf()))
        .andExpect(redirectedUrl("/verification"))
        .andExpect(
            flash()
                .attribute("problem", "You entered this value, so someone else must verify it."));
    IndicatorValue unverified = values.findById(value.getId()).orElseThrow();
    assertThat(unverified.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(unverified.getEnteredBy()).isEqualTo("Jo Baker " + suffix);
    assertThat(unverified.getVerifiedBy()).isNull();
  }

  private String signIn(String role, Person person, Role... roles) {
    String username = role + "-" + suffix.toLowerCase();
    accounts.createDemo(username, person, Set.of(roles), DemoUsers.PASSWORD);
    return username;
  }

  private Indicator indicator(Person responsible, Person accountable) throws Exception {
    String code = "V-" + suffix + "-" + responsible.getId();
    mvc.perform(
            post("/indicators/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", code)
                .param("title", "Complaints answered within 10 days")
                .param("type", "LOCAL")
                .param("unit", "NUMBER")
                .param("polarity", "HIGHER_IS_BETTER")
                .param("frequency", "QUARTER")
                .param("aggregation", "SUM")
                .param("decimalPlaces", "0")
                .param("responsibleId", responsible.getId().toString())
                .param("accountableId", accountable.getId().toString())
                .param("orgUnitId", fixtures.service("Verification " + suffix).getId().toString())
                .param("active", "true"))
        .andExpect(redirectedUrlPattern("/indicators/*"));
    return indicators.findByCodeIgnoreCase(code).orElseThrow();
  }

  private IndicatorValue enterAndSubmit(Indicator indicator, String username) throws Exception {
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/enter")
                .with(users.as(username))
                .with(csrf())
                .param("period", quarter.label())
                .param("actual", "42")
                .param("commentary", "Reported for information"))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId()));
    IndicatorValue value = values.findByIndicatorAndPeriod(indicator, quarter).orElseThrow();
    assertThat(value.getState()).isEqualTo(ValueState.SUBMITTED);
    return value;
  }
}
