package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.support.Browser;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer proposes a remedial plan for a Red indicator, the accountable manager rejects it with
 * a reason, the officer revises it and the manager agrees it. Every page visited is checked with
 * axe-core and fits a 390-pixel-wide phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RemedialPlanBrowserTest {

  @LocalServerPort int port;
  @Autowired InterventionWorld worlds;
  InterventionWorld.World world;
  Browser browser;

  @BeforeEach
  void setUp() throws Exception {
    world = worlds.create(1);
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private void check() {
    browser.assertAccessible().assertFitsPhone();
  }

  private void signInAs(String username) {
    browser.signIn(username, FixtureCouncil.PASSWORD);
    browser.go(world.page());
  }

  @Test
  void anOfficerProposesTheManagerRejectsTheOfficerRevisesAndTheManagerAgrees() {
    String indicator = world.council().indicator().label();
    signInAs(world.officer());
    assertThat(browser.heading()).isEqualTo(indicator);
    assertThat(browser.text())
        .contains("Level 2: Remedial plan", world.council().officer().getFullName(), "overdue by");
    check();

    browser.press("Propose a remedial plan");
    assertThat(browser.heading()).isEqualTo("Propose a remedial plan");
    check();
    browser.submit();
    assertThat(browser.text())
        .contains("There is a problem", "Say what will be done", "Enter the date by which");
    check();
    browser.type("measures", "Weekly case reviews with each team leader");
    browser.date("byWhen", TestClock.TODAY.plusMonths(2));
    browser.type("expectedEffect", "Back to target by the end of the year");
    browser.tick("createAction");
    browser.submit();
    assertThat(browser.path()).startsWith(world.page());
    assertThat(browser.text())
        .contains("The remedial plan is proposed", "Waiting for a decision", "Remedial plan for");
    check();
    browser.signOut();

    signInAs(world.manager());
    browser.type("reason", "Reviews alone will not do it: add agency cover for the backlog");
    browser.press("Reject the plan");
    assertThat(browser.text())
        .contains("The remedial plan is rejected", "Rejected", "add agency cover for the backlog");
    check();
    browser.signOut();

    signInAs(world.officer());
    browser.press("Revise the rejected plan");
    assertThat(browser.heading()).isEqualTo("Revise the remedial plan");
    assertThat(browser.text()).contains("add agency cover for the backlog");
    check();
    browser.type("measures", "Weekly case reviews and two agency staff on the backlog");
    browser.date("byWhen", TestClock.TODAY.plusMonths(2));
    browser.submit();
    assertThat(browser.text()).contains("The revised plan is proposed", "Plan 2, revising plan 1");
    check();
    browser.signOut();

    signInAs(world.manager());
    browser.press("Agree the plan");
    assertThat(browser.text())
        .contains("The remedial plan is agreed", "Agreed", "two agency staff on the backlog")
        .doesNotContain("Agree the plan");
    check();
  }

  @Test
  void theDirectorRecordsAReview() {
    InterventionWorld.World level3 = worlds.create(2);
    browser.signIn(level3.directorUsername(), FixtureCouncil.PASSWORD);
    browser.go(level3.page());
    assertThat(browser.text()).contains("Level 3: Director review", "A review by the director");
    check();

    browser.press("Record a director review");
    assertThat(browser.heading()).isEqualTo("Record a director review");
    check();
    browser.submit();
    assertThat(browser.text()).contains("There is a problem", "Choose the decision");
    check();
    browser.tick("decision-RESOURCES_MOVED");
    browser.type("outcome", "Two agency staff moved to the team until March");
    browser.submit();
    assertThat(browser.text())
        .contains("The director's review is recorded", "Resources are moved", "done.");
    check();
  }
}
