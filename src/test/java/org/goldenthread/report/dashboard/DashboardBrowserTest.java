package org.goldenthread.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A councillor reads their portfolio on their home page, then the corporate health dashboard, their
 * portfolio's and a directorate's, each for the latest quarter over or one they choose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTest {

  @LocalServerPort int port;
  @Autowired Clock clock;
  Browser browser;
  Period latest;

  @BeforeEach
  void setUp() throws Exception {
    latest = Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCouncillorReadsTheirPortfolioThenEachKindOfDashboard() {
    browser.signIn("councillor", DemoUsers.PASSWORD);
    browser.go("/");
    assertThat(browser.text())
        .contains("Your portfolio: Finance and Resources", latest.label(), "Indicators (")
        .contains("Amber and red indicators", "Amber and red actions");
    browser.assertAccessible();

    browser.clickLink("Corporate health dashboard");
    assertThat(browser.heading()).isEqualTo("Corporate health");
    assertThat(browser.text())
        .contains(latest.label() + " dashboard", "Corporate health indicators", "Every indicator")
        .contains("Indicators at a glance", "against a target of")
        .doesNotContain("Actions (");
    // A tile for each indicator: its status in words, its trend and a named sparkline.
    var tiles = browser.find("main").findElements(By.cssSelector(".gt-tile"));
    assertThat(tiles).hasSizeGreaterThan(3);
    assertThat(tiles.get(0).getText()).containsAnyOf("Red", "Amber").contains("since");
    assertThat(
            tiles.get(0).findElement(By.cssSelector("svg.gt-sparkline")).getAttribute("aria-label"))
        .startsWith("Trend of ");
    browser.assertAccessible();
    browser.resize(390, 900);
    browser.assertFitsPhone();
    // One tile a row on a phone, three or four across a wide screen.
    assertThat(tiles.get(1).getLocation().getY()).isGreaterThan(tiles.get(0).getLocation().getY());
    browser.resize(1280, 900);
    assertThat(tiles.get(1).getLocation().getY()).isEqualTo(tiles.get(0).getLocation().getY());
    assertThat(tiles.get(3).getLocation().getY()).isEqualTo(tiles.get(0).getLocation().getY());

    browser.go("/");
    browser.clickLink("See the full dashboard for Finance and Resources, with trend charts");
    assertThat(browser.heading()).isEqualTo("Finance and Resources");
    assertThat(browser.text())
        .contains("Portfolio holder: Cllr Margaret Ellis", "Summary", "Exceptions", "Actions (");
    browser.assertAccessible();

    Period earlier = latest.previous();
    browser.choose("period", earlier.label());
    browser.press("Show");
    assertThat(browser.text())
        .contains(earlier.label() + " dashboard", "Change since " + earlier.previous().label());
    browser.assertAccessible();

    browser.go("/dashboards");
    browser.assertAccessible();
    browser.clickLink("Resources");
    assertThat(browser.heading()).isEqualTo("Resources");
    assertThat(browser.text()).contains("Directorate: Resources", latest.label() + " dashboard");
    browser.assertAccessible();
  }
}
