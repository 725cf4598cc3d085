package org.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Building a small thread through the pages, approving its plan, and checking for gaps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FrameworkBrowserTest {

  @LocalServerPort int port;
  Browser browser;
  final String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase();

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

  @Test
  void administratorBuildsAThreadApprovesThePlanAndTheGapCloses() {
    browser.signIn("admin", DemoUsers.PASSWORD);

    browser.clickLink("Plans");
    browser.assertAccessible();
    browser.press("Add a plan");
    browser.assertAccessible();
    browser.type("title", "Fraud service plan " + run);
    browser.type("code", "SP-FR-" + run);
    browser.choose("type", "Service Business Plan");
    browser.choose("approvingBodyId", "Cabinet");
    browser.submit();
    assertThat(browser.heading()).isEqualTo("Fraud service plan " + run);
    assertThat(browser.text()).contains("Status: Draft");
    browser.assertAccessible();

    browser.press("Add an item to this plan");
    browser.choose("type", "Priority");
    browser.type("code", "P-FR-" + run);
    browser.type("title", "Stop benefit fraud " + run);
    browser.submit();
    assertThat(browser.text()).contains("Not linked", "Nothing contributes to this item yet");
    browser.assertAccessible();

    browser.go("/framework/gaps");
    assertThat(browser.find("#nothing-beneath").getText()).contains("Stop benefit fraud " + run);
    browser.assertAccessible();

    browser.clickLink("P-FR-" + run + " Stop benefit fraud " + run);
    browser.press("Add an item beneath it");
    browser.assertAccessible();
    browser.choose("type", "Objective");
    browser.type("code", "O-FR-" + run);
    browser.type("title", "Investigate every referral within 10 days " + run);
    browser.submit();
    assertThat(browser.text())
        .contains("contributes to", "P-FR-" + run + " Stop benefit fraud " + run);
    browser.assertAccessible();

    browser.go("/framework/gaps");
    assertThat(browser.textOf("#nothing-beneath")).doesNotContain("Stop benefit fraud " + run);
    // Still a gap of another kind: the priority itself is linked to no aim.
    assertThat(browser.textOf("#contributing-to-nothing")).contains("Stop benefit fraud " + run);

    browser.go("/framework");
    browser.assertAccessible();

    browser.clickLink("Plans");
    browser.clickLink("Fraud service plan " + run);
    browser.press("Submit for approval");
    assertThat(browser.text()).contains("Submitted for approval");
    browser.assertAccessible();
    browser.press("Record approval");
    browser.assertAccessible();
    browser.type("decisionReference", "Minute 77/26");
    browser.submit();
    assertThat(browser.text()).contains("Approval recorded", "Status: Approved", "Version 1");
    browser.assertAccessible();

    browser.clickLink("Version 1");
    assertThat(browser.text())
        .contains("Minute 77/26", "Investigate every referral within 10 days " + run);
    browser.assertAccessible();
  }
}
