package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.action.decision.Decision;
import org.goldenthread.action.decision.DecisionForm;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A lead officer reports progress: refused Amber without commentary, then Amber with it, then marks
 * the action complete; the decisions register shows the decision it arose from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActionBrowserTest {

  @LocalServerPort int port;
  @Autowired ActionService actions;
  @Autowired DecisionService decisions;
  @Autowired PersonService people;
  @Autowired GovernanceService governance;
  @Autowired ProgressUpdates updates;
  Browser browser;
  final String code = "BA-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
  final LocalDate today = TestClock.TODAY;
  Action action;
  Decision decision;

  @BeforeEach
  void setUp() throws Exception {
    long cabinet =
        governance.bodies().stream()
            .filter(b -> b.getName().contains("Cabinet"))
            .findFirst()
            .orElseThrow()
            .getId();
    decision =
        decisions.create(
            new DecisionForm(
                cabinet,
                today.minusDays(20),
                "CAB " + code,
                "Digital council tax accounts " + code,
                "Resolved that residents be able to manage council tax accounts online.",
                null));
    action =
        actions.create(
            new ActionForm(
                code,
                "Launch online council tax accounts",
                null,
                ActionKind.ACTION,
                null,
                decision.getId(),
                people.search("Sam Patel", null).get(0).getId(),
                null,
                null,
                today.minusMonths(3),
                today.plusMonths(3),
                null));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theActionPagesAreAccessible() {
    browser.signIn("admin", DemoUsers.PASSWORD);
    for (String page :
        new String[] {
          "/actions",
          "/actions?overdue=true&status=NONE",
          "/actions/" + action.getId(),
          "/actions/" + action.getId() + "/edit",
          "/actions/" + action.getId() + "/milestones/new",
          "/actions/new",
          "/decisions/" + decision.getId(),
          "/decisions/" + decision.getId() + "/edit",
          "/decisions/new"
        }) {
      browser.go(page).assertAccessible();
    }
  }

  @Test
  void officerReportsAmberThenCompletesAndTheRegisterShowsIt() {
    browser.signIn("officer", DemoUsers.PASSWORD);
    browser.go("/my-actions");
    assertThat(browser.text()).contains(code + " Launch online council tax accounts");
    browser.assertAccessible();

    browser.clickLink("Update " + code);
    browser.assertAccessible();
    browser.type("percentComplete", "20");
    browser.tick("status-AMBER");
    browser.submit();
    assertThat(browser.text()).contains("There is a problem", "Amber needs commentary");
    browser.assertAccessible();

    browser.type("commentary", "The payments supplier has not delivered the account screens");
    browser.type("remedialAction", "Escalated to the contract manager; new date agreed");
    browser.submit();
    assertThat(browser.text()).contains("recorded as Amber", "20%", "Escalated");
    browser.assertAccessible();

    browser.clickLink("Update progress for " + updates.currentPeriod().label());
    browser.tick("status");
    browser.date("completedOn", today);
    browser.submit();
    assertThat(browser.text()).contains("recorded as Blue", "100%", "Completed");
    browser.assertAccessible();

    browser.go("/decisions");
    assertThat(browser.text())
        .contains("CAB " + code, "Digital council tax accounts " + code, "Complete");
    browser.assertAccessible();
    browser.clickLink("Digital council tax accounts " + code);
    assertThat(browser.text()).contains(code, "Sam Patel");
    browser.assertAccessible();
  }
}
