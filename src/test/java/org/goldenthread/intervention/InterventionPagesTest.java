package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The register, the indicator page's interventions and the ladder's admin page: what a council
 * officer reads, a rule changed (checks naming every problem, the version, re-evaluation).
 */
@GoldenThreadTest
@Transactional
class InterventionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired Targets targets;
  @Autowired DataEntry entry;
  @Autowired InterventionRuleRepository rules;
  @Autowired InterventionRepository interventions;

  /** Red in 2026/27 Q1 and Q2: a director review, opened in Q1. */
  private Indicator redTwice() {
    Indicator indicator = fixtures.create().indicator();
    List<String> periods = List.of("2026/27 Q1", "2026/27 Q2");
    periods.forEach(
        p -> targets.set(indicator, Period.parse(p), new BigDecimal("100"), named("admin")));
    List<IndicatorValue> values =
        periods.stream()
            .map(
                p ->
                    entry.enter(
                        indicator,
                        Period.parse(p),
                        new ValueForm("40", null, null, "c", "r", null, null),
                        named("officer"),
                        true))
            .toList();
    values.forEach(v -> entry.verify(v.getId(), named("manager")));
    return indicator;
  }

  private String page(String url, String username) throws Exception {
    return mvc.perform(get(url).with(users.as(username)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theRegisterListsOpenInterventionsByLevelWithWhoMustActAndByWhen() throws Exception {
    Indicator indicator = redTwice();

    String register = page("/interventions", "councillor");
    assertThat(register)
        .contains("Open interventions by level")
        .contains(indicator.getCode())
        .contains("Level 3</span>: <span>Director review")
        .contains("The director of the directorate")
        .contains("Due by ");
    assertThat(page("/interventions?level=1", "councillor")).doesNotContain(indicator.getCode());
    assertThat(page("/interventions?state=CLOSED", "councillor"))
        .doesNotContain(indicator.getCode());
    long directorate = indicator.getOrgUnit().getParent().getId();
    assertThat(page("/interventions?directorate=" + directorate, "officer"))
        .contains(indicator.getCode());
    mvc.perform(get("/interventions").with(users.as("partner"))).andExpect(status().isForbidden());
  }

  @Test
  void anOverdueStepComesFirstAndSaysSoInWords() throws Exception {
    Indicator indicator = redTwice();
    // Q2's director review was due ten working days after its deadline in October.
    String register = page("/interventions", "admin");
    assertThat(register).contains("Overdue: it was due by");
    assertThat(register.indexOf("Overdue: it was due by"))
        .isLessThan(
            register.indexOf("Nothing is owed") < 0
                ? Integer.MAX_VALUE
                : register.indexOf("Nothing is owed"));
    assertThat(register).contains(indicator.getCode());
  }

  @Test
  void theIndicatorPageShowsItsInterventionsWithTheirSteps() throws Exception {
    Indicator indicator = redTwice();

    String page = page("/indicators/" + indicator.getId(), "councillor");

    assertThat(page)
        .contains("id=\"interventions-heading\"")
        .contains("Open since 2026/27 Q1")
        .contains("Opened at level 2")
        .contains("Raised at level 3")
        .contains("Red for 2 periods running: 2026/27 Q1 and Q2")
        .contains("/interventions/" + interventions.findByIndicator(indicator).get(0).getId());
    assertThat(page("/indicators/" + fixtures.create().indicator().getId(), "councillor"))
        .doesNotContain("interventions-heading");
  }

  @Test
  void theAdminPageListsTheRulesInWords() throws Exception {
    String ladder = page("/admin/intervention-ladder", "admin");
    assertThat(ladder)
        .contains("Director review")
        .contains("Red for 2 periods running")
        .contains("The portfolio holder")
        .contains("Within 10 working days")
        .contains("evaluates every indicator and action again");
    mvc.perform(get("/admin/intervention-ladder").with(users.as("councillor")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aRuleWithProblemsIsRefusedNamingEveryOneAndChangesNothing() throws Exception {
    InterventionRule watch = rules.findByLevel(1).orElseThrow();
    String page =
        mvc.perform(
                post("/admin/intervention-ladder/1")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("name", " ")
                    .param("redPeriods", "0")
                    .param("amberPeriods", "0")
                    .param("dueKind", "WORKING_DAYS")
                    .param("version", String.valueOf(watch.getVersion())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("There is a problem")
        .contains("Enter the level&#39;s name")
        .contains("Say what sets the level off")
        .contains("Choose who must act at this level")
        .contains("Enter the number of working days, 1 to 60");
    assertThat(rules.findByLevel(1).orElseThrow().getName()).isEqualTo("Watch");
  }

  @Test
  void aStaleVersionIsRefusedAsAConcurrentEdit() throws Exception {
    InterventionRule plan = rules.findByLevel(2).orElseThrow();
    String page =
        mvc.perform(
                post("/admin/intervention-ladder/2")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("name", "Recovery plan")
                    .param("redPeriods", "1")
                    .param("amberPeriods", "2")
                    .param("actors", "RESPONSIBLE_OFFICER")
                    .param("dueKind", "WORKING_DAYS")
                    .param("dueWorkingDays", "10")
                    .param("version", String.valueOf(plan.getVersion() + 7)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("There is a problem").contains("changed");
    assertThat(rules.findByLevel(2).orElseThrow().getName()).isEqualTo("Remedial plan");
  }

  @Test
  void aRuleChangedReEvaluatesEveryIndicator() throws Exception {
    Indicator indicator = redTwice();
    InterventionRule review = rules.findByLevel(3).orElseThrow();

    // Director review now after three periods Red: the intervention is lowered to level 2.
    mvc.perform(
            post("/admin/intervention-ladder/3")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", "Director review")
                .param("redPeriods", "3")
                .param("amberPeriods", "0")
                .param("onSignal", "true")
                .param("actors", "DIRECTOR")
                .param("dueKind", "WORKING_DAYS")
                .param("dueWorkingDays", "5")
                .param("version", String.valueOf(review.getVersion())))
        .andExpect(status().is3xxRedirection());

    InterventionRule changed = rules.findByLevel(3).orElseThrow();
    assertThat(changed.getRedPeriods()).isEqualTo(3);
    assertThat(changed.isOnSignal()).isTrue();
    assertThat(changed.getDueWorkingDays()).isEqualTo(5);
    Intervention after = interventions.findByIndicator(indicator).get(0);
    assertThat(after.getLevel()).isEqualTo(2);
    assertThat(after.getSteps())
        .extracting(s -> s.getChange() + " " + s.getLevel())
        .containsExactly("OPENED 2", "HELD 2");
  }
}
