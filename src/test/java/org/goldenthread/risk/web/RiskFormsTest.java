package org.goldenthread.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The risk forms other than the review: bad input names every problem and changes nothing; a
 * confidential risk is counted, not described; escalation, controls, closing and reopening.
 */
@GoldenThreadTest
class RiskFormsTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskWorld worlds;
  @Autowired RiskService risks;

  RiskWorld.World world;
  Risk risk;
  String owner;
  String page;

  @BeforeEach
  void aRiskOwnedByAnOfficer() {
    world = worlds.create();
    risk = world.risk();
    owner = world.council().officerUsername();
    page = "/risks/" + risk.getId();
  }

  @Autowired TransactionTemplate transactions;

  /** The risk as it now stands, read whole in a transaction of its own. */
  private Risk now() {
    return transactions.execute(
        tx -> {
          Risk found = risks.get(risk.getId());
          found.getHistory().forEach(r -> r.getWhatChanged());
          found.getControls().forEach(c -> c.getDescription());
          found.getRegister().getName();
          found.getCategory().getName();
          return found;
        });
  }

  @Test
  void everyFormWithBadInputNamesEachProblemAndChangesNothing() throws Exception {
    int onRegister = risks.onRegister(world.register().getId()).size();
    mvc.perform(
            post("/risks/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("_confidential", "on")
                .param("code", "has spaces")
                .param("inherentLikelihood", "6"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Code must be letters, numbers"),
                        containsString("Choose the register the risk is on"),
                        containsString("Enter the risk&#39;s title"),
                        containsString("Choose the risk&#39;s category"),
                        containsString("Choose the risk owner"),
                        containsString("The inherent likelihood must be from 1 (rare) to 5"),
                        containsString("Choose the inherent impact"),
                        containsString("Choose the target impact"))));
    long version = now().getVersion();
    mvc.perform(
            post(page + "/edit")
                .with(users.as(owner))
                .with(csrf())
                .param("code", risk.getCode())
                .param("registerId", String.valueOf(world.register().getId()))
                .param("title", "Changed title")
                .param("_confidential", "on")
                .param("categoryId", String.valueOf(risk.getCategory().getId()))
                .param("ownerId", String.valueOf(risk.getOwner().getId()))
                .param("inherentLikelihood", "2")
                .param("inherentImpact", "2")
                .param("currentLikelihood", "3")
                .param("currentImpact", "4")
                .param("targetLikelihood", "1")
                .param("targetImpact", "1")
                .param("reviewFrequency", "QUARTERLY")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("cannot be above the inherent score (4)")))
        .andExpect(content().string(containsString("Inherent: L2 × I2 = 4")));
    mvc.perform(
            post(page + "/escalate")
                .with(users.as(owner))
                .with(csrf())
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose the register to move the risk to")))
        .andExpect(content().string(containsString("Say why the risk moves to that register")));
    mvc.perform(
            post(page + "/close")
                .with(users.as(owner))
                .with(csrf())
                .param("closedOn", "2030-01-01")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Say why the risk is closed")));
    mvc.perform(
            post(page + "/controls/new")
                .with(users.as(owner))
                .with(csrf())
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Describe the control")))
        .andExpect(content().string(containsString("Choose how effective the control is")));
    Risk after = now();
    assertThat(after.getVersion()).isEqualTo(version);
    assertThat(after.getTitle()).isNotEqualTo("Changed title");
    assertThat(after.isOpen()).isTrue();
    assertThat(after.getControls()).isEmpty();
    assertThat(after.getRegister()).isEqualTo(world.register());
    assertThat(risks.onRegister(world.register().getId())).hasSize(onRegister);
  }

  @Test
  void aConfidentialRiskIsCountedButNotDescribedToThoseNotNamedOnIt() throws Exception {
    String title = world.confidential().getTitle();
    mvc.perform(get("/risk-registers/" + world.register().getId()).with(users.as(world.director())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(risk.getCode())))
        .andExpect(content().string(containsString("1 confidential risk is not shown")))
        .andExpect(content().string(not(containsString(title))))
        .andExpect(content().string(not(containsString(world.confidential().getCode()))));
    mvc.perform(
            get("/risk-registers/" + world.register().getId())
                .with(users.as(world.council().managerUsername())))
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(not(containsString("confidential risk is not shown"))));
  }

  @Test
  void anEscalatedRiskShowsWhereItCameFromAndTheOldRegisterThatItMovedOn() throws Exception {
    mvc.perform(
            post(page + "/escalate")
                .with(users.as(owner))
                .with(csrf())
                .param("registerId", String.valueOf(world.corporate().getId()))
                .param("reason", "The whole council is exposed")
                .param("version", String.valueOf(now().getVersion())))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("success", containsString("escalated to the")));
    mvc.perform(get("/risk-registers/" + world.corporate().getId()).with(users.as("admin")))
        .andExpect(content().string(containsString("Escalated from " + world.register().getName())))
        .andExpect(content().string(containsString("The whole council is exposed")));
    mvc.perform(get("/risk-registers/" + world.register().getId()).with(users.as("admin")))
        .andExpect(
            content().string(containsString("moved on to the " + world.corporate().getName())));
  }

  @Test
  void controlsAreAddedChangedAndRemovedAndTheRiskClosesAndReopens() throws Exception {
    mvc.perform(
            post(page + "/controls/new")
                .with(users.as(owner))
                .with(csrf())
                .param("description", "Framework of approved providers")
                .param("effectiveness", "PARTLY_EFFECTIVE")
                .param("version", String.valueOf(now().getVersion())))
        .andExpect(redirectedUrl(page + "#controls"));
    long control = now().getControls().get(0).getId();
    mvc.perform(get(page + "/controls/" + control + "/edit").with(users.as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page + "/controls/" + control + "/edit")
                .with(users.as(owner))
                .with(csrf())
                .param("description", "Framework of approved providers, reviewed monthly")
                .param("effectiveness", "EFFECTIVE")
                .param("version", String.valueOf(now().getVersion())))
        .andExpect(redirectedUrl(page + "#controls"));
    mvc.perform(get(page).with(users.as(owner)))
        .andExpect(content().string(containsString("reviewed monthly")))
        .andExpect(content().string(containsString("Effective")));
    mvc.perform(
            post(page + "/controls/" + control + "/remove")
                .with(users.as(owner))
                .with(csrf())
                .param("version", String.valueOf(now().getVersion())))
        .andExpect(flash().attribute("success", containsString("Control removed")));
    assertThat(now().getControls()).isEmpty();
    mvc.perform(
            post(page + "/close")
                .with(users.as(owner))
                .with(csrf())
                .param("reason", "Providers back in the market")
                .param("version", String.valueOf(now().getVersion())))
        .andExpect(redirectedUrl(page));
    assertThat(now().isOpen()).isFalse();
    mvc.perform(get(page).with(users.as(owner)))
        .andExpect(content().string(containsString("Reopen the risk")))
        .andExpect(content().string(not(containsString("Record a review"))));
    mvc.perform(
            post(page + "/reopen")
                .with(users.as(owner))
                .with(csrf())
                .param("version", String.valueOf(now().getVersion())))
        .andExpect(flash().attribute("success", containsString("has been reopened")));
    assertThat(now().isOpen()).isTrue();
  }
}
