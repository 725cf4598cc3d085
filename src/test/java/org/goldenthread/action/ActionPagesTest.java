package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GoldenThreadTest
class ActionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired FixtureCouncil fixtures;
  @Autowired DemoUsers users;
  @Autowired PersonService people;
  @Autowired GovernanceService governance;
  @Autowired ActionService actions;

  final String code = "PG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final LocalDate today = TestClock.TODAY;
  Action action;
  FixtureCouncil.Council council;
  String officer;
  String manager;

  @BeforeEach
  void aManagerSetsUpAnActionLedByTheirOfficer() throws Exception {
    council = fixtures.create();
    officer = council.officerUsername();
    manager = council.managerUsername();
    mvc.perform(
            post("/actions/new")
                .with(users.as(manager))
                .with(csrf())
                .param("code", code)
                .param("title", "Move council tax direct debits online")
                .param("kind", "PROJECT")
                .param("leadOfficerId", council.officer().getId().toString())
                .param("startDate", today.minusMonths(6).toString())
                .param("dueDate", today.plusMonths(6).toString()))
        .andExpect(redirectedUrlPattern("/actions/*"));
    action = actions.byCode(code);
  }

  private String id(String name) {
    return people.search(name, null).get(0).getId().toString();
  }

  private String page() {
    return "/actions/" + action.getId();
  }

  @Test
  void amberIsRefusedWithoutCommentaryThenRecordedWithTheSuggestionBesideIt() throws Exception {
    mvc.perform(
            post(page() + "/update")
                .with(users.as(officer))
                .with(csrf())
                .param("percentComplete", "10")
                .param("status", "AMBER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Amber needs commentary")));
    assertThat(actions.byCode(code).getStatus()).isNull();

    mvc.perform(
            post(page() + "/update")
                .with(users.as(officer))
                .with(csrf())
                .param("percentComplete", "10")
                .param("status", "GREEN"))
        .andExpect(redirectedUrl(page()))
        .andExpect(flash().attribute("success", containsString("recorded as Green")));

    mvc.perform(get(page()).with(users.as(officer)))
        .andExpect(content().string(containsString("10%")))
        .andExpect(content().string(containsString("This differs from the lead officer")))
        .andExpect(content().string(containsString("with 50% of the time to its due date used")));
  }

  @Test
  void blueNeedsACompletionDateAndThenCompletesTheAction() throws Exception {
    mvc.perform(
            post(page() + "/update")
                .with(users.as(officer))
                .with(csrf())
                .param("percentComplete", "100")
                .param("status", "BLUE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("enter the date the action was completed")));

    mvc.perform(
            post(page() + "/update")
                .with(users.as(officer))
                .with(csrf())
                .param("percentComplete", "90")
                .param("status", "BLUE")
                .param("completedOn", today.toString()))
        .andExpect(redirectedUrl(page()));
    Action done = actions.byCode(code);
    assertThat(done.isComplete()).isTrue();
    assertThat(done.getPercentComplete()).isEqualTo(100);
    mvc.perform(get("/my-actions").with(users.as(officer)))
        .andExpect(content().string(containsString("Completed (")))
        .andExpect(content().string(containsString(code)));
  }

  @Test
  void someoneNotResponsibleCannotUpdate() throws Exception {
    mvc.perform(get(page() + "/update").with(users.as("councillor")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page() + "/update")
                .with(users.as("partner"))
                .with(csrf())
                .param("percentComplete", "10")
                .param("status", "GREEN"))
        .andExpect(status().isForbidden());
  }

  @Test
  void milestonesWaitOnEachOther() throws Exception {
    mvc.perform(
            post(page() + "/milestones/new")
                .with(users.as(officer))
                .with(csrf())
                .param("title", "Choose the payments supplier")
                .param("dueDate", today.minusDays(1).toString()))
        .andExpect(redirectedUrl(page() + "#milestones"));
    long first = actions.byCode(code).getMilestones().get(0).getId();
    mvc.perform(
            post(page() + "/milestones/new")
                .with(users.as(officer))
                .with(csrf())
                .param("title", "Go live")
                .param("dueDate", today.minusDays(2).toString())
                .param("dependsOnId", String.valueOf(first)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("cannot be due before that one")));
    mvc.perform(get(page()).with(users.as(officer)))
        .andExpect(content().string(containsString("A milestone is past its date and not done")));
    mvc.perform(
            post(page() + "/milestones/" + first + "/complete")
                .with(users.as(officer))
                .with(csrf()))
        .andExpect(flash().attribute("success", containsString("marked as done")));
    mvc.perform(get(page()).with(users.as(officer)))
        .andExpect(content().string(not(containsString("A milestone is past its date"))));
  }

  @Test
  void theListFiltersByStatusAndOverdue() throws Exception {
    mvc.perform(get("/actions").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(code)));
    mvc.perform(get("/actions").param("status", "NONE").with(users.as("councillor")))
        .andExpect(content().string(containsString(code)));
    mvc.perform(get("/actions").param("status", "RED").with(users.as("councillor")))
        .andExpect(content().string(not(containsString(code))));
    mvc.perform(get("/actions").param("overdue", "true").with(users.as("councillor")))
        .andExpect(content().string(not(containsString(code))));
  }

  @Test
  void decisionsAreRecordedAndTheirActionsShownInTheRegister() throws Exception {
    long cabinet =
        governance.bodies().stream()
            .filter(b -> b.getName().contains("Cabinet"))
            .findFirst()
            .orElseThrow()
            .getId();
    String minute = "CAB " + code;
    mvc.perform(
            post("/decisions/new")
                .with(users.as("director"))
                .with(csrf())
                .param("bodyId", String.valueOf(cabinet))
                .param("decidedOn", today.plusDays(3).toString())
                .param("minuteReference", minute)
                .param("title", "Council tax support scheme")
                .param("resolution", "Agreed the scheme."))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("cannot be in the future")));
    mvc.perform(
            post("/decisions/new")
                .with(users.as("director"))
                .with(csrf())
                .param("bodyId", String.valueOf(cabinet))
                .param("decidedOn", today.minusDays(3).toString())
                .param("minuteReference", minute)
                .param("title", "Council tax support scheme")
                .param("resolution", "Agreed the scheme."))
        .andExpect(redirectedUrlPattern("/decisions/*"));
    mvc.perform(get("/decisions").param("outstanding", "true").with(users.as("councillor")))
        .andExpect(content().string(containsString(minute)))
        .andExpect(content().string(containsString("No actions recorded yet")));
    mvc.perform(
            post("/decisions/new")
                .with(users.as(officer))
                .with(csrf())
                .param("bodyId", String.valueOf(cabinet)))
        .andExpect(status().isForbidden());
  }
}
