package org.goldenthread.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.support.Browser;
import org.goldenthread.support.FixtureCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A risk owner records a review that raises the score and sees the new score and band on the risk's
 * page and on its register; every page visited is checked with axe-core, and fits a 390-pixel-wide
 * phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskBrowserTest {

  @LocalServerPort int port;
  @Autowired RiskWorld worlds;
  RiskWorld.World world;
  Browser browser;

  @BeforeEach
  void setUp() throws Exception {
    world = worlds.create();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anOwnerRecordsAReviewRaisingTheScoreAndSeesItOnTheRiskAndTheRegister() {
    String code = world.risk().getCode();
    browser.signIn(world.council().officerUsername(), FixtureCouncil.PASSWORD);
    browser.go("/risks");
    assertThat(browser.text()).contains("Your risks", code);
    browser.assertAccessible();

    browser.clickLink(code + " " + world.risk().getTitle());
    assertThat(browser.text()).contains("3 — Possible", "4 — Major", "12 Medium");
    browser.assertAccessible();

    browser.press("Record a review");
    assertThat(browser.text()).contains("More likely than not", "Financial:");
    browser.assertAccessible();
    browser.tick("currentLikelihood-4");
    browser.tick("currentImpact-5");
    browser.submit();
    assertThat(browser.text()).contains("There is a problem", "Say what has changed");
    assertThat(browser.text()).contains("Current: L4 × I5 = 20");
    browser.assertAccessible();

    browser.type("whatChanged", "Two providers of temporary accommodation have left the market");
    browser.submit();
    assertThat(browser.path()).isEqualTo("/risks/" + world.risk().getId());
    assertThat(browser.text())
        .contains("L4 × I5 = 20, High", "20 High", "Above appetite", "★ New")
        .contains("Two providers of temporary accommodation have left the market");
    browser.assertAccessible();

    browser.clickLink(world.register().getName());
    assertThat(browser.text()).contains(code, "20 High", "1 confidential risk is not shown");
    assertThat(browser.text()).doesNotContain(world.confidential().getTitle());
    browser.assertAccessible();

    String risk = "/risks/" + world.risk().getId();
    for (String page :
        new String[] {
          "/", risk + "/edit", risk + "/escalate", risk + "/close", risk + "/controls/new"
        }) {
      browser.go(page).assertAccessible();
    }
  }

  @Test
  void theRiskPagesFitAPhone() {
    browser.signIn("admin", "demo-password");
    browser.resize(390, 844);
    String risk = "/risks/" + world.risk().getId();
    for (String page :
        new String[] {
          "/risks",
          "/risk-registers/" + world.register().getId(),
          risk,
          risk + "/review",
          risk + "/edit",
          "/risks/new"
        }) {
      browser.go(page);
      assertThat(browser.overflowWidth()).as(page + " is wider than the window").isZero();
      browser.assertAccessible();
    }
  }
}
