package org.goldenthread.risk.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.risk.api.RiskApiFixture;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A councillor opens the corporate register's heat map, switches it to inherent scores, follows a
 * cell to its risks (the confidential one counted, not described), and both pages fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskHeatMapBrowserTest {

  @LocalServerPort int port;
  @Autowired RiskApiFixture fixture;
  Browser browser;
  RiskApiFixture.Risks r;

  @BeforeEach
  void setUp() throws Exception {
    r = fixture.create();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  @Test
  void aMemberSwitchesTheHeatMapToInherentScoresAndFollowsACellToItsRisks() throws Exception {
    browser.signIn("councillor", DemoUsers.PASSWORD);
    browser.go("/risks/heat-map?register=" + r.corporate().getId());
    assertThat(browser.heading()).isEqualTo("Risk heat map");
    assertThat(browser.text()).contains("3 open risks", r.corporate().getName());
    assertThat(browser.find("svg[role=img] title").getAttribute("textContent"))
        .contains("by current score");
    browser.assertAccessible();

    browser.tick("scores-inherent");
    browser.submit();
    assertThat(browser.path()).contains("scores=inherent");
    assertThat(browser.find("svg[role=img] desc").getAttribute("textContent"))
        .contains("Likelihood 4 (Likely), impact 5 (Severe), score 20 High: 3 risks.");
    browser.assertAccessible();

    browser.clickLink("3 risks at likelihood 4, impact 5");
    assertThat(browser.heading()).isEqualTo("Likelihood 4, impact 5");
    assertThat(browser.text())
        .contains(r.r1().getCode(), r.r2().getCode())
        .contains("One of them is confidential")
        .doesNotContain(r.r3().getCode());
    browser.assertAccessible();

    browser.assertFitsPhone();
    browser.clickLink("Back to the heat map");
    assertThat(browser.path()).contains("scores=inherent");
    browser.assertFitsPhone();
    browser.assertAccessible();
  }
}
