package org.goldenthread.config;

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
 * The police inspector, a partner user, works through her organisation's part of the council's
 * record in a real browser: a menu of what she may open, her organisation's indicators and report,
 * and the monthly figure the police provide, entered and submitted for the council to verify. Every
 * page passes the accessibility check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnerBrowserTest {

  @LocalServerPort int port;
  Browser browser;

  @BeforeEach
  void open() throws Exception {
    browser = Browser.open(port);
  }

  @AfterEach
  void close() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPartnerUserSeesHerPartAndEntersHerOrganisationsFigure() {
    browser.signIn("partner", DemoUsers.PASSWORD);
    assertThat(browser.textOf("#navigation")).contains("Indicators", "Reports");
    assertThat(browser.textOf("#navigation"))
        .doesNotContain("Dashboards")
        .doesNotContain("Organisation")
        .doesNotContain("Golden thread");
    browser.assertAccessible();

    browser.go("/indicators");
    assertThat(browser.text()).contains("CSP-01").doesNotContain("HR-01");
    browser.assertAccessible();

    browser.go("/reports");
    assertThat(browser.text())
        .contains("Community safety performance")
        .doesNotContain("Audit and governance");
    browser.assertAccessible();

    browser.go("/my-indicators");
    assertThat(browser.text()).contains("CSP-01");
    browser.assertAccessible();
    browser.clickLink("CSP-01 Anti-social behaviour incidents reported to the police");
    assertThat(browser.text()).contains("Exampleshire Police");
    browser.assertAccessible();

    // A month long past, which no other test enters.
    browser.go("/indicators/" + idOnPage() + "/enter?period=2019/20+M05");
    assertThat(browser.heading()).isEqualTo("Enter the value for 2019/20 M05");
    browser.assertAccessible();
    browser.type("actual", "171");
    browser.type("commentary", "Recorded by Exampleshire Police");
    browser.type("remedialAction", "Joint patrols continue at the two hotspots");
    browser.press("Submit for verification");
    assertThat(browser.text()).contains("has been submitted for verification");
    browser.assertAccessible();

    browser.go("/dashboards/corporate-health");
    assertThat(browser.heading()).isEqualTo("You cannot see or do this");
  }

  private String idOnPage() {
    return browser.path().replaceAll(".*/indicators/(\\d+).*", "$1");
  }
}
