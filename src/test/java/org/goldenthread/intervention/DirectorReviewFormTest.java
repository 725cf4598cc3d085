package org.goldenthread.intervention;

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

import java.time.Instant;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The director review at level 3: the directorate's director (or the team) records it, bad input
 * names every problem, a stale page is told; the review shows on the intervention's page. At level
 * 2 none is asked for; a withdrawn intervention says so.
 */
@GoldenThreadTest
class DirectorReviewFormTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired InterventionWorld worlds;
  @Autowired InterventionRepository interventions;
  @Autowired DirectorReviewRepository reviews;
  @Autowired TransactionTemplate transactions;

  private long version(InterventionWorld.World world) {
    return interventions.findById(world.intervention().getId()).orElseThrow().getVersion();
  }

  private long reviewCount(InterventionWorld.World world) {
    return reviews.findAll().stream()
        .filter(r -> r.getIntervention().getId().equals(world.intervention().getId()))
        .count();
  }

  @Test
  void theDirectorRecordsAReviewAndBadInputNamesEveryProblem() throws Exception {
    InterventionWorld.World world = worlds.create(2);
    assertThat(world.intervention().getLevel()).isEqualTo(3);
    String page = world.page();
    mvc.perform(get(page).with(users.as(world.officer())))
        .andExpect(content().string(containsString(world.director().getFullName())))
        .andExpect(content().string(containsString("The director of the directorate")));
    mvc.perform(get(page + "/review").with(users.as(world.directorUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Record a director review")));

    mvc.perform(
            post(page + "/review")
                .with(users.as(world.directorUsername()))
                .with(csrf())
                .param("reviewedOn", TestClock.TODAY.plusDays(1).toString())
                .param("outcome", "")
                .param("version", String.valueOf(version(world))))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The date cannot be in the future"),
                        containsString("Choose the decision"),
                        containsString("Say what the review found"))));
    assertThat(reviewCount(world)).isZero();

    long seen = version(world);
    mvc.perform(
            post(page + "/review")
                .with(users.as(world.directorUsername()))
                .with(csrf())
                .param("decision", "RESOURCES_MOVED")
                .param("outcome", "Two agency staff moved to the team until March")
                .param("version", String.valueOf(seen)))
        .andExpect(redirectedUrl(page + "#reviews"))
        .andExpect(flash().attribute("success", containsString("Resources are moved")));
    DirectorReview review =
        reviews.findAll().stream()
            .filter(r -> r.getIntervention().getId().equals(world.intervention().getId()))
            .findFirst()
            .orElseThrow();
    assertThat(review.getReviewedByPersonId()).isEqualTo(world.director().getId());
    assertThat(review.getReviewedOn()).isEqualTo(TestClock.TODAY);

    mvc.perform(
            post(page + "/review")
                .with(users.as("admin"))
                .with(csrf())
                .param("decision", "PLAN_ENDORSED")
                .param("outcome", "Written on a page opened before the director's review")
                .param("version", String.valueOf(seen)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Someone else saved a change to this intervention")));
    assertThat(reviewCount(world)).isEqualTo(1);

    mvc.perform(get(page).with(users.as(world.manager())))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Two agency staff moved to the team until March"),
                        containsString("Resources are moved"),
                        containsString("A review by the director"))));
  }

  @Test
  void onlyTheDirectorOrTheTeamReviewsAndOnlyAtTheLevelThatAsks() throws Exception {
    InterventionWorld.World world = worlds.create(2);
    String page = world.page();
    for (String who : new String[] {world.officer(), world.manager(), "director"}) {
      mvc.perform(get(page + "/review").with(users.as(who))).andExpect(status().isForbidden());
    }
    mvc.perform(get(page + "/review").with(users.as("admin"))).andExpect(status().isOk());

    InterventionWorld.World lower = worlds.create(1);
    mvc.perform(get(lower.page() + "/review").with(users.as(lower.directorUsername())))
        .andExpect(redirectedUrl(lower.page()))
        .andExpect(flash().attribute("problem", containsString("no director review is asked for")));
  }

  @Test
  void aWithdrawnInterventionSaysSoAndAsksForNothing() throws Exception {
    InterventionWorld.World world = worlds.create(1);
    transactions.executeWithoutResult(
        tx ->
            interventions
                .findById(world.intervention().getId())
                .orElseThrow()
                .withdraw(Instant.parse("2026-12-01T09:00:00Z")));
    mvc.perform(get(world.page()).with(users.as(world.officer())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("This intervention was withdrawn"),
                        containsString("Withdrawn on 1 December 2026"))));
    mvc.perform(get(world.page() + "/plans/new").with(users.as(world.officer())))
        .andExpect(redirectedUrl(world.page()))
        .andExpect(flash().attribute("problem", containsString("withdrawn")));
  }
}
