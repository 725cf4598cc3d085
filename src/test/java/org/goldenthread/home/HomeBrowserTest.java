package org.goldenthread.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each demo role's home page on a deadline day, on a wide screen and on a phone, checked by
 * axe-core (WCAG 2.2 AA) at both widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HomeBrowserTest {

  @LocalServerPort int port;
  Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  /** Signs in, reads the home page at both widths with axe, and gives back its text. */
  private String home(String username) {
    browser.go("/");
    browser.signIn(username, DemoUsers.PASSWORD);
    browser.resize(1280, 1024).go("/").assertAccessible();
    String text = browser.text();
    browser.resize(390, 844).go("/").assertAccessible().assertFitsPhone();
    browser.resize(1280, 1024);
    browser.signOut();
    return text;
  }

  @Test
  void theOfficerSeesTheirReturnsCountedWithTheirDeadlines() {
    assertThat(home("officer"))
        .contains("What you need to do")
        // One return or several, as the tests before this one have left the shared database.
        .containsPattern("returns? still to send")
        .contains("due 14 October 2026 (49 days late)")
        .contains("actions due a progress update");
  }

  @Test
  void theManagerSeesWhatWaitsForVerificationAndTheirUnitsLateReturns() {
    assertThat(home("manager"))
        .contains("values wait for your verification")
        .contains("Returns in your units")
        .contains("Your team's returns");
  }

  @Test
  void theDirectorSeesTheirDirectoratesSummaryAndExceptions() {
    assertThat(home("director"))
        .contains("indicators by status")
        .contains("annual targets at risk")
        .contains("open interventions")
        .contains("Exceptions: Red indicators");
  }

  @Test
  void thePerformanceTeamSeesTheCouncilsProgressAndWhatNeedsThem() {
    assertThat(home("admin"))
        .contains("The council's returns")
        .contains("the deadline was 14 October 2026 (49 days ago)")
        .contains("By directorate")
        .contains("Needs you now");
  }

  @Test
  void theCouncillorAndThePartnerStillHaveTheirHomes() {
    assertThat(home("councillor")).contains("Your portfolio: Finance and Resources");
    assertThat(home("partner"))
        .contains("Welcome, Inspector Karen Lloyd")
        // The organisation's returns are counted: all sent, or how many are still to send (the
        // database is shared with the tests before this one, which may open another period).
        .containsPattern(
            "returns? due from Exampleshire Police|returns? still to send, of \\d+ due");
  }
}
