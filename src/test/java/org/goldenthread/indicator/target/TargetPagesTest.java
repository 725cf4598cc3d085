package org.goldenthread.indicator.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.Actor;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The targets page. Not in a test transaction: a refused change must leave nothing behind once its
 * own transaction has rolled back. Each test makes its own indicator with a fresh code.
 */
@GoldenThreadTest
class TargetPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorService indicators;
  @Autowired Targets targets;
  @Autowired Clock clock;
  @Autowired UserDetailsService accounts;
  @Autowired FixtureCouncil fixtures;
  FixtureCouncil.Council council;

  @BeforeEach
  void aCouncilOfItsOwn() {
    council = fixtures.create();
  }

  private Period year() {
    return Period.containing(LocalDate.now(clock), PeriodType.FINANCIAL_YEAR);
  }

  /** A quarterly total (places 0), accountable to the fixture council's manager. */
  private Indicator total() {
    long accountable = council.manager().getId();
    String code = "TGT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    IndicatorForm blank = IndicatorForm.blank();
    return indicators.create(
        new IndicatorForm(
            code,
            "Complaints resolved",
            null,
            null,
            IndicatorType.LOCAL,
            Unit.COUNT,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.QUARTER,
            Aggregation.SUM,
            false,
            "0",
            null,
            null,
            null,
            null,
            null,
            false,
            false,
            true,
            null,
            accountable,
            null,
            null,
            blank.itemIds(),
            null));
  }

  private Map<String, BigDecimal> targetsOf(Indicator indicator) {
    return targets.of(indicator).stream()
        .collect(
            Collectors.toMap(t -> t.getPeriod().label(), t -> t.getAmount().stripTrailingZeros()));
  }

  @Test
  void anyoneSignedInSeesTheTargetsButOnlyTheAccountableOrTheTeamMaySetThem() throws Exception {
    Indicator indicator = total();
    targets.set(indicator, year(), new BigDecimal("120"), named("Ben Taylor"));
    mvc.perform(
            get("/indicators/" + indicator.getId() + "/targets")
                .with(users.as(council.officerUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ben Taylor")))
        .andExpect(content().string(containsString("Not approved")))
        .andExpect(content().string(not(containsString("Set a target for one period"))));
    mvc.perform(
            get("/indicators/" + indicator.getId() + "/targets")
                .with(users.as(council.managerUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Set a target for one period")));
  }

  @Test
  void anOfficerCannotSetOrApproveTargets() throws Exception {
    Indicator indicator = total();
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("period", year().label())
                .param("amount", "10"))
        .andExpect(status().isForbidden());
    IndicatorTarget set = targets.set(indicator, year(), new BigDecimal("10"), named("Ben Taylor"));
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets/" + set.getId() + "/approve")
                .with(users.as(council.officerUsername()))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(targets.of(indicator))
        .singleElement()
        .satisfies(t -> assertThat(t.getApprovedBy()).isNull());
  }

  @Test
  void theAccountableManagerSetsOnePeriodsTargetAndApprovesIt() throws Exception {
    Indicator indicator = total();
    String quarter = year().within(PeriodType.QUARTER).get(2).label();
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets")
                .with(users.as(council.managerUsername()))
                .with(csrf())
                .param("period", quarter)
                .param("amount", " 45 "))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId() + "/targets"));
    IndicatorTarget set = targets.of(indicator).get(0);
    assertThat(set.getPeriod().label()).isEqualTo(quarter);
    assertThat(set.getAmount()).isEqualByComparingTo("45");
    assertThat(set.getSetBy()).isEqualTo(council.manager().getFullName());
    assertThat(set.getSetByPerson())
        .isEqualTo(((Actor) accounts.loadUserByUsername(council.managerUsername())).person());
    assertThat(set.getApprovedBy()).isNull();

    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets/" + set.getId() + "/approve")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId() + "/targets"));
    IndicatorTarget approved = targets.of(indicator).get(0);
    assertThat(approved.getApprovedBy()).isEqualTo("Ben Taylor");
    assertThat(approved.getApprovedByPerson())
        .isEqualTo(((Actor) accounts.loadUserByUsername("admin")).person());
  }

  @Test
  void anAnnualTotalIsSharedEvenlyAcrossQuartersAddingUpExactly() throws Exception {
    Indicator indicator = total();
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets/profile")
                .with(users.as("admin"))
                .with(csrf())
                .param("year", year().label())
                .param("annual", "101")
                .param("into", "QUARTER")
                .param("weights", ""))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId() + "/targets"));
    Map<String, BigDecimal> set = targetsOf(indicator);
    List<Period> quarters = year().within(PeriodType.QUARTER);
    assertThat(set).hasSize(5).containsEntry(year().label(), new BigDecimal("101"));
    assertThat(set.get(quarters.get(0).label())).isEqualByComparingTo("25");
    assertThat(
            quarters.stream().map(q -> set.get(q.label())).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("101");
  }

  @Test
  void anAnnualTotalIsSharedByAProfile() throws Exception {
    Indicator indicator = total();
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets/profile")
                .with(users.as("admin"))
                .with(csrf())
                .param("year", year().label())
                .param("annual", "100")
                .param("into", "QUARTER")
                .param("weights", "1, 2, 2, 1"))
        .andExpect(redirectedUrl("/indicators/" + indicator.getId() + "/targets"));
    Map<String, BigDecimal> set = targetsOf(indicator);
    List<BigDecimal> shares =
        year().within(PeriodType.QUARTER).stream().map(q -> set.get(q.label())).toList();
    assertThat(shares)
        .containsExactly(
            new BigDecimal("17"), new BigDecimal("33"), new BigDecimal("33"), new BigDecimal("17"));
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
  }

  @Test
  void aTargetThatIsNotANumberIsRefusedAndNothingIsSet() throws Exception {
    Indicator indicator = total();
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets")
                .with(users.as("admin"))
                .with(csrf())
                .param("period", year().label())
                .param("amount", "about 40"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#amount\"")))
        .andExpect(content().string(containsString("Enter the target as a number")));
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets")
                .with(users.as("admin"))
                .with(csrf())
                .param("period", "next quarter")
                .param("amount", "40"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#period\"")));
    assertThat(targets.of(indicator)).isEmpty();
  }

  @Test
  void aProfileWithTheWrongNumberOfFiguresIsRefusedAndNothingIsSet() throws Exception {
    Indicator indicator = total();
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets/profile")
                .with(users.as("admin"))
                .with(csrf())
                .param("year", year().label())
                .param("annual", "100")
                .param("into", "QUARTER")
                .param("weights", "20, 30, 50"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#weights\"")))
        .andExpect(content().string(containsString("Give one profile figure for each of the 4")));
    mvc.perform(
            post("/indicators/" + indicator.getId() + "/targets/profile")
                .with(users.as("admin"))
                .with(csrf())
                .param("year", year().label())
                .param("annual", "100")
                .param("into", "QUARTER")
                .param("weights", "20, -30, 50, 60"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#weights\"")));
    assertThat(targets.of(indicator)).isEmpty();
  }
}
