package org.goldenthread.report.annual;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.period.FinancialYear;
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
 * A councillor reads the annual performance report from the reports page and picks an earlier year;
 * a member of the public reads it without signing in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnnualReportBrowserTest {

  @LocalServerPort int port;
  @Autowired AnnualReportBuilder builder;
  Browser browser;
  FinancialYear year;

  @BeforeEach
  void setUp() throws Exception {
    year = builder.latestYearOver();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCouncillorReadsTheAnnualReportAndAnEarlierYear() {
    browser.signIn("councillor", DemoUsers.PASSWORD);
    browser.go("/reports");
    browser.press("Annual performance report");
    assertThat(browser.heading()).isEqualTo("Annual performance report");
    assertThat(browser.text())
        .contains("Contents", "Summary", year.label() + " outturn", year.next().label() + " target")
        .contains("Green");
    browser.assertAccessible();

    browser.choose("year", year.previous().label());
    browser.press("Show");
    assertThat(browser.text()).contains(year.previous().label() + " outturn");
    browser.assertAccessible();
  }

  @Test
  void thePublicReadsTheAnnualReportWithoutSigningIn() {
    browser.go("/public/annual-report");
    assertThat(browser.path()).isEqualTo("/public/annual-report");
    assertThat(browser.heading()).isEqualTo("Annual performance report");
    assertThat(browser.text()).contains(year.label() + " outturn").doesNotContain("Sign out");
    browser.assertAccessible();

    browser.clickLink(year.previous().label());
    assertThat(browser.path())
        .isEqualTo("/public/annual-report/" + AnnualReport.code(year.previous()));
    assertThat(browser.text()).contains(year.previous().label() + " outturn");
    browser.assertAccessible();
  }
}
