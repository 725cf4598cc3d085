package org.goldenthread.intervention;

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

import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remedial plans through their forms: the officer proposes (bad input names every problem and
 * changes nothing), only one plan waits at a time, the accountable person rejects with a reason and
 * agrees, the officer revises a rejected plan, a plan may create an action; who may do each is
 * checked, and a stale version is told.
 */
@GoldenThreadTest
class RemedialPlanFormsTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired InterventionWorld worlds;
  @Autowired RemedialPlanRepository plans;
  @Autowired InterventionRepository interventions;
  @Autowired ActionService actions;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transactions;

  InterventionWorld.World world;
  String page;

  @BeforeEach
  void anInterventionAskingForAPlan() {
    world = worlds.create(1);
    page = world.page();
  }

  private long version() {
    return interventions.findById(world.intervention().getId()).orElseThrow().getVersion();
  }

  private List<RemedialPlan> plans() {
    return transactions.execute(
        tx -> {
          List<RemedialPlan> found =
              plans.findByInterventionOrderByProposedAtAscIdAsc(
                  interventions.findById(world.intervention().getId()).orElseThrow());
          found.forEach(p -> p.getActionIds().size());
          return found;
        });
  }

  private MockHttpServletRequestBuilder proposal(String as) {
    return proposal(as, version());
  }

  private MockHttpServletRequestBuilder proposal(String as, long version) {
    return post(page + "/plans/new")
        .with(users.as(as))
        .with(csrf())
        .param("measures", "Weekly case reviews with each team")
        .param("byWhen", "2027-02-26")
        .param("expectedEffect", "Back to target by Q4")
        .param("version", String.valueOf(version));
  }

  @Test
  void theAskedPageShowsWhoMustActAndThatThePlanIsOverdue() throws Exception {
    mvc.perform(get(page).with(users.as(world.manager())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(world.council().indicator().label()),
                        containsString("Level 2: Remedial plan"),
                        containsString(world.council().officer().getFullName()),
                        containsString(world.council().manager().getFullName()),
                        containsString("The responsible officer"),
                        containsString("overdue by"),
                        containsString("No remedial plan has been proposed yet"))));
  }

  @Test
  void badInputNamesEveryProblemAndChangesNothing() throws Exception {
    mvc.perform(
            post(page + "/plans/new")
                .with(users.as(world.officer()))
                .with(csrf())
                .param("measures", " ")
                .param("byWhen", TestClock.TODAY.minusDays(1).toString())
                .param("version", String.valueOf(version())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("There is a problem"),
                        containsString("Say what will be done"),
                        containsString("The date cannot be in the past"),
                        containsString("Say what effect the plan is expected to have"))));
    assertThat(plans()).isEmpty();
  }

  @Test
  void theOfficerProposesAPlanWithAnActionAndOnlyOneWaits() throws Exception {
    mvc.perform(get(page + "/plans/new").with(users.as(world.officer())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Propose a remedial plan")));
    mvc.perform(proposal(world.officer()).param("createAction", "true"))
        .andExpect(redirectedUrl(page + "#plans"))
        .andExpect(flash().attribute("success", containsString("with an action to deliver it")));

    RemedialPlan plan = plans().get(0);
    assertThat(plan.getState()).isEqualTo(RemedialPlan.State.PROPOSED);
    assertThat(plan.getProposedByPersonId()).isEqualTo(world.council().officer().getId());
    Action action = actions.get(plan.getActionIds().iterator().next());
    assertThat(action.getDueDate()).isEqualTo(plan.getByWhen());
    assertThat(action.getCode()).isEqualTo("RP-" + plan.getId());
    assertThat(audit.historyOf(RemedialPlan.class, plan.getId()))
        .extracting(c -> c.actor())
        .containsOnly(world.officer());

    mvc.perform(get(page).with(users.as(world.manager())))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Weekly case reviews with each team"),
                        containsString("Waiting for a decision"),
                        containsString("RP-" + plan.getId()),
                        containsString("Agree the plan"))));
    mvc.perform(proposal(world.officer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("only one plan waits at a time")));
    assertThat(plans()).hasSize(1);
  }

  @Test
  void onlyTheOfficerOrTheTeamProposesAndOnlyTheAccountablePersonOrTheTeamDecides()
      throws Exception {
    mvc.perform(get(page + "/plans/new").with(users.as(world.manager())))
        .andExpect(status().isForbidden());
    mvc.perform(proposal(world.directorUsername())).andExpect(status().isForbidden());
    mvc.perform(proposal("officer")).andExpect(status().isForbidden());
    assertThat(plans()).isEmpty();
    mvc.perform(proposal("admin")).andExpect(redirectedUrl(page + "#plans"));
    long plan = plans().get(0).getId();

    mvc.perform(get(page).with(users.as(world.officer())))
        .andExpect(content().string(not(containsString("Agree the plan"))));
    mvc.perform(
            post(page + "/plans/" + plan + "/agree")
                .with(users.as(world.officer()))
                .with(csrf())
                .param("version", "0"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page + "/plans/" + plan + "/reject")
                .with(users.as(world.directorUsername()))
                .with(csrf())
                .param("reason", "No")
                .param("version", "0"))
        .andExpect(status().isForbidden());
    assertThat(plans().get(0).getState()).isEqualTo(RemedialPlan.State.PROPOSED);
    mvc.perform(
            post(page + "/plans/" + plan + "/agree")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", "0"))
        .andExpect(redirectedUrl(page + "#plans"));
    assertThat(plans().get(0).getState()).isEqualTo(RemedialPlan.State.AGREED);
  }

  @Test
  void aRejectedPlanIsRevisedAndTheRevisionAgreed() throws Exception {
    mvc.perform(proposal(world.officer())).andExpect(redirectedUrl(page + "#plans"));
    RemedialPlan first = plans().get(0);

    mvc.perform(
            post(page + "/plans/" + first.getId() + "/reject")
                .with(users.as(world.manager()))
                .with(csrf())
                .param("reason", " ")
                .param("version", String.valueOf(first.getVersion())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Give the reason for rejecting the plan")));
    assertThat(plans().get(0).getState()).isEqualTo(RemedialPlan.State.PROPOSED);

    mvc.perform(
            post(page + "/plans/" + first.getId() + "/reject")
                .with(users.as(world.manager()))
                .with(csrf())
                .param("reason", "Weekly reviews alone will not do it: add agency cover")
                .param("version", String.valueOf(first.getVersion())))
        .andExpect(redirectedUrl(page + "#plans"));
    RemedialPlan rejected = plans().get(0);
    assertThat(rejected.getState()).isEqualTo(RemedialPlan.State.REJECTED);
    assertThat(rejected.getDecidedByPersonId()).isEqualTo(world.council().manager().getId());

    mvc.perform(
            get(page + "/plans/new")
                .param("revises", String.valueOf(first.getId()))
                .with(users.as(world.officer())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Revise the remedial plan"),
                        containsString("add agency cover"),
                        containsString("name=\"revises\" value=\"" + first.getId() + "\""))));
    mvc.perform(
            proposal(world.officer())
                .param("revises", String.valueOf(first.getId()))
                .param("measures", "Weekly reviews and agency cover"))
        .andExpect(redirectedUrl(page + "#plans"));
    RemedialPlan revision = plans().get(1);
    assertThat(revision.getRevises()).isEqualTo(rejected);

    mvc.perform(
            post(page + "/plans/" + revision.getId() + "/agree")
                .with(users.as(world.manager()))
                .with(csrf())
                .param("version", String.valueOf(revision.getVersion())))
        .andExpect(redirectedUrl(page + "#plans"));
    assertThat(plans())
        .extracting(RemedialPlan::getState)
        .containsExactly(RemedialPlan.State.REJECTED, RemedialPlan.State.AGREED);
    mvc.perform(get(page).with(users.as(world.officer())))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Plan 2, revising plan 1"),
                        containsString("Why it was rejected"),
                        containsString("A remedial plan, agreed by the accountable person"),
                        containsString("done."))));
  }

  @Test
  void aStaleVersionIsToldAndNothingIsSaved() throws Exception {
    long seen = version();
    mvc.perform(proposal(world.officer())).andExpect(redirectedUrl(page + "#plans"));
    RemedialPlan plan = plans().get(0);
    mvc.perform(
            post(page + "/plans/" + plan.getId() + "/reject")
                .with(users.as(world.manager()))
                .with(csrf())
                .param("reason", "Not enough")
                .param("version", String.valueOf(plan.getVersion())))
        .andExpect(redirectedUrl(page + "#plans"));

    mvc.perform(
            post(page + "/plans/new")
                .with(users.as(world.officer()))
                .with(csrf())
                .param("measures", "A plan written on an old page")
                .param("byWhen", "2027-02-26")
                .param("expectedEffect", "Back to target by Q4")
                .param("version", String.valueOf(seen)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Someone else saved a change to this intervention")))
        .andExpect(content().string(containsString("A plan written on an old page")))
        .andExpect(content().string(containsString("value=\"" + version() + "\"")));
    mvc.perform(
            post(page + "/plans/" + plan.getId() + "/agree")
                .with(users.as(world.manager()))
                .with(csrf())
                .param("version", String.valueOf(plan.getVersion())))
        .andExpect(redirectedUrl(page + "#plans"))
        .andExpect(flash().attribute("problem", containsString("Someone else saved a change")));
    assertThat(plans())
        .extracting(RemedialPlan::getState)
        .containsExactly(RemedialPlan.State.REJECTED);
  }
}
