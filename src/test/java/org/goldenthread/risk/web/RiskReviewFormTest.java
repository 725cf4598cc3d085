package org.goldenthread.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
 * Reviewing a risk: bad input names every problem and changes nothing; a review shows the new score
 * and band; the second of two people reviewing at once is told and keeps what they entered.
 */
@GoldenThreadTest
class RiskReviewFormTest {

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
  void aReviewWithBadInputNamesEveryProblemAndChangesNothing() throws Exception {
    long version = now().getVersion();
    int entries = now().getHistory().size();
    mvc.perform(
            post(page + "/review")
                .with(users.as(owner))
                .with(csrf())
                .param("currentImpact", "9")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("There is a problem"),
                        containsString("Choose the current likelihood"),
                        containsString("The current impact must be from 1 (negligible) to 5"),
                        containsString("Say what has changed since the last review"))));
    mvc.perform(
            post(page + "/review")
                .with(users.as(owner))
                .with(csrf())
                .param("reviewedOn", "2026-12-40")
                .param("currentLikelihood", "4")
                .param("currentImpact", "4")
                .param("whatChanged", "Worse")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a real date")));
    mvc.perform(
            post(page + "/review")
                .with(users.as(owner))
                .with(csrf())
                .param("reviewedOn", "2030-01-01")
                .param("currentLikelihood", "4")
                .param("currentImpact", "4")
                .param("whatChanged", "Worse")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The date cannot be in the future")))
        .andExpect(content().string(containsString("Current: L4 × I4 = 16")));
    assertThat(now().getVersion()).isEqualTo(version);
    assertThat(now().getHistory()).hasSize(entries);
    assertThat(now().current().value()).isEqualTo(12);
  }

  @Test
  void aReviewAboveTheInherentScoreIsRefusedWithTheScoreItWouldGive() throws Exception {
    mvc.perform(
            post("/risks/" + world.corporateRisk().getId() + "/review")
                .with(users.as("admin"))
                .with(csrf())
                .param("currentLikelihood", "5")
                .param("currentImpact", "5")
                .param("whatChanged", "Worse")
                .param("version", String.valueOf(world.corporateRisk().getVersion())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("cannot be above the inherent score (20)")))
        .andExpect(content().string(containsString("Current: L5 × I5 = 25")));
    assertThat(risks.get(world.corporateRisk().getId()).current().value()).isEqualTo(20);
  }

  @Test
  void theOwnerRecordsAReviewAndSeesTheNewScoreAndBand() throws Exception {
    mvc.perform(get(page + "/review").with(users.as(owner)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("4 — Likely")))
        .andExpect(content().string(containsString("More likely than not in the next year")))
        .andExpect(content().string(containsString("Cost or loss of £1 million to £5 million")));
    mvc.perform(
            post(page + "/review")
                .with(users.as(owner))
                .with(csrf())
                .param("currentLikelihood", "4")
                .param("currentImpact", "4")
                .param("whatChanged", "Two providers have left the market")
                .param("why", "Fewer places to buy")
                .param("version", String.valueOf(now().getVersion())))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("success", containsString("L4 × I4 = 16, High")));
    mvc.perform(get(page).with(users.as(owner)))
        .andExpect(content().string(containsString("Two providers have left the market")))
        .andExpect(content().string(containsString("Above appetite")))
        .andExpect(content().string(containsString("4 — Major")))
        .andExpect(content().string(containsString("<svg")))
        .andExpect(content().string(containsString("16 High")));
  }

  @Test
  void theSecondOfTwoReviewersIsToldAndKeepsWhatTheyEntered() throws Exception {
    String seen = String.valueOf(now().getVersion());
    mvc.perform(
            post(page + "/review")
                .with(users.as(owner))
                .with(csrf())
                .param("currentLikelihood", "2")
                .param("currentImpact", "4")
                .param("whatChanged", "New supply contract signed")
                .param("version", seen))
        .andExpect(redirectedUrl(page));
    long after = now().getVersion();
    mvc.perform(
            post(page + "/review")
                .with(users.as(world.council().managerUsername()))
                .with(csrf())
                .param("currentLikelihood", "5")
                .param("currentImpact", "3")
                .param("whatChanged", "The manager's own view of the market")
                .param("version", seen))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else changed this risk")))
        .andExpect(content().string(containsString("The manager&#39;s own view of the market")))
        .andExpect(content().string(containsString("L2 × I4 = 8")))
        .andExpect(content().string(containsString("New supply contract signed")))
        .andExpect(content().string(containsString("value=\"" + after + "\"")));
    assertThat(now().current().value()).isEqualTo(8);
    assertThat(now().getHistory())
        .extracting(r -> r.getWhatChanged())
        .doesNotContain("The manager's own view of the market");
  }
}
