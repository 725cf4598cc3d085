package org.goldenthread.intervention.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRepository;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic pages: planning a clinic draws up its agenda from the interventions due at the next
 * clinic; the performance team and the members of the body record it, other staff and members only
 * read it; bad input is refused with every problem named and a stale version with the
 * concurrent-edit message. Each clinic covers the fixture's own service, so only its interventions
 * are drawn.
 */
@GoldenThreadTest
@Transactional
class ClinicPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ClinicFixtures fixtures;
  @Autowired Clinics clinics;
  @Autowired InterventionRepository interventions;

  ClinicFixtures.Setting setting;

  @BeforeEach
  void setUp() {
    setting = fixtures.create();
    fixtures.atClinicLevel(setting.indicator());
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      postCsrf(String path) {
    return post(path).with(csrf());
  }

  private Clinic planned(String title) {
    return clinics.plan(
        new ClinicForm(
            title,
            TestClock.TODAY.plusDays(7),
            setting.board().getId(),
            setting.council().service().getId(),
            List.of(),
            null));
  }

  @Test
  void aMemberOfTheBodyPlansAClinicWhoseAgendaHoldsTheInterventionDueAtIt() throws Exception {
    String location =
        mvc.perform(
                postCsrf("/clinics/new")
                    .with(users.as(setting.council().managerUsername()))
                    .param("title", "December clinic")
                    .param("heldOn", "2026-12-09")
                    .param("bodyId", setting.board().getId().toString())
                    .param("orgUnitId", setting.council().service().getId().toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("success", containsString("with 1 item on its agenda")))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Clinic clinic = clinics.get(Long.parseLong(location.substring("/clinics/".length())));

    Intervention due = interventions.findByIndicator(setting.indicator()).get(0);
    assertThat(due.getLevel()).isEqualTo(4);
    assertThat(clinic.getItems())
        .extracting(ClinicItem::getIntervention, ClinicItem::getInterventionLevel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(due, 4));
    assertThat(clinic.getAttendeeIds())
        .as("the body's members attend when no one is chosen")
        .containsExactly(setting.council().manager().getId());
    mvc.perform(get(location).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(setting.indicator().getCode())))
        .andExpect(content().string(containsString("Intervention at level")))
        .andExpect(content().string(not(containsString("Record the clinic as held"))));
  }

  @Test
  void aHeldClinicTakesTheInterventionAndTheNextClinicDoesNotDrawItAgain() throws Exception {
    Clinic first = planned("First clinic");
    mvc.perform(
            postCsrf("/clinics/" + first.getId() + "/hold")
                .with(users.as("admin"))
                .param("version", String.valueOf(clinics.get(first.getId()).getVersion())))
        .andExpect(flash().attribute("success", containsString("recorded as held")));

    Clinic next = planned("Next clinic");

    assertThat(clinics.get(first.getId()).isHeld()).isTrue();
    assertThat(next.getItems()).isEmpty();
  }

  @Test
  void otherStaffReadAClinicButDoNotChangeIt() throws Exception {
    Clinic clinic = planned("Read only");
    String officer = setting.council().officerUsername();
    mvc.perform(get("/clinics/" + clinic.getId()).with(users.as(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Change the clinic"))));
    mvc.perform(get("/clinics").with(users.as(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Read only")))
        .andExpect(content().string(not(containsString("Plan a clinic</a>"))));
    mvc.perform(get("/clinics/" + clinic.getId() + "/edit").with(users.as(officer)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/clinics/new").with(users.as(officer))).andExpect(status().isForbidden());
    long item = clinic.getItems().get(0).getId();
    mvc.perform(
            postCsrf("/clinics/" + clinic.getId() + "/items/" + item)
                .with(users.as(officer))
                .param("challenge", "Why?")
                .param("outcomes", "CLOSED"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/clinics/" + clinic.getId()).with(users.as("partner")))
        .andExpect(status().isForbidden());
    assertThat(clinics.get(clinic.getId()).getItems().get(0).isRecorded()).isFalse();
  }

  @Test
  void aClinicWithoutTitleDateOrBodyIsRefusedNamingEachProblem() throws Exception {
    mvc.perform(postCsrf("/clinics/new").with(users.as("admin")).param("title", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Give the clinic a title")))
        .andExpect(content().string(containsString("Enter the date of the clinic")))
        .andExpect(content().string(containsString("Choose the body that meets")));
  }

  @Test
  void aMemberOfOneBodyDoesNotPlanAnotherBodysClinic() throws Exception {
    long otherBody = fixtures.create().board().getId(); // its member is another fixture's manager
    mvc.perform(
            postCsrf("/clinics/new")
                .with(users.as(setting.council().managerUsername()))
                .param("title", "Not mine")
                .param("heldOn", "2026-12-09")
                .param("bodyId", String.valueOf(otherBody)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose a body you sit on")));
  }

  @Test
  void recordingAnItemNamesEveryProblemAndAStaleVersionIsTold() throws Exception {
    Clinic clinic = planned("Problems");
    ClinicItem item = clinic.getItems().get(0);
    String path = "/clinics/" + clinic.getId() + "/items/" + item.getId();
    mvc.perform(
            postCsrf(path)
                .with(users.as("admin"))
                .param("frequency", "MONTH")
                .param("version", String.valueOf(item.getVersion())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Write the challenge the clinic raised")))
        .andExpect(content().string(containsString("Choose at least one outcome")))
        .andExpect(content().string(containsString("Choose the outcome")));

    mvc.perform(
            postCsrf(path)
                .with(users.as("admin"))
                .param("challenge", "Why three quarters Red?")
                .param("outcomes", "RESOURCES_MOVED")
                .param("version", String.valueOf(item.getVersion() + 7)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change")));
    assertThat(clinics.get(clinic.getId()).getItems().get(0).isRecorded()).isFalse();
  }

  @Test
  void theClinicRecordsAChallengeAndOutcomesAndAnItemAddedByHand() throws Exception {
    Clinic clinic = planned("Outcomes");
    ClinicItem item = clinic.getItems().get(0);
    mvc.perform(
            postCsrf("/clinics/" + clinic.getId() + "/items/" + item.getId())
                .with(users.as(setting.council().managerUsername()))
                .param("challenge", "Why three quarters Red?")
                .param("outcomes", "ACTION_PLAN_CHANGED", "REFERRED_TO_SCRUTINY")
                .param("note", "Plan revised by January")
                .param("version", String.valueOf(item.getVersion())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            postCsrf("/clinics/" + clinic.getId() + "/items")
                .with(users.as("admin"))
                .param("subject", "indicator:" + setting.indicator().getId())
                .param("version", String.valueOf(clinics.get(clinic.getId()).getVersion())))
        .andExpect(flash().attribute("success", containsString("added to the agenda")));

    Clinic after = clinics.get(clinic.getId());
    assertThat(after.getItems()).hasSize(2);
    assertThat(after.getItems().get(0).getChallenge()).isEqualTo("Why three quarters Red?");
    assertThat(after.getItems().get(0).getOutcomes())
        .containsExactly(ClinicOutcome.ACTION_PLAN_CHANGED, ClinicOutcome.REFERRED_TO_SCRUTINY);
    assertThat(after.getItems().get(1).isFromLadder()).isFalse();
    mvc.perform(get("/clinics/" + clinic.getId()).with(users.as("admin")))
        .andExpect(content().string(containsString("Referred to Scrutiny")))
        .andExpect(content().string(containsString("Added by hand")));

    mvc.perform(
            postCsrf(
                    "/clinics/"
                        + clinic.getId()
                        + "/items/"
                        + after.getItems().get(1).getId()
                        + "/remove")
                .with(users.as("admin"))
                .param("version", String.valueOf(after.getVersion())))
        .andExpect(flash().attribute("success", containsString("taken off the agenda")));
    assertThat(clinics.get(clinic.getId()).getItems()).hasSize(1);
  }
}
