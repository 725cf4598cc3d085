package org.goldenthread.report.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
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
 * A committee's clerk finds the report pack prepared for its meeting, reads it on a phone, and
 * publishes it; the performance team sets who is told about another body's pack. axe-core checks
 * every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DistributionBrowserTest {

  @LocalServerPort int port;
  @Autowired DistributionFixtures fixtures;
  @Autowired Distributions distributions;
  @Autowired TestClock clock;
  Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    clock.reset();
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theClerkReadsThePackOnAPhoneAndPublishesIt() {
    DistributionFixtures.Committee c = fixtures.committee(DistributionTest.MEETING, false);
    clock.advance(
        Duration.between(
            TestClock.TODAY.atStartOfDay(), LocalDate.of(2026, 12, 22).atStartOfDay()));
    distributions.prepareDue();
    clock.reset();

    browser.signIn(c.council().officerUsername(), FixtureCouncil.PASSWORD);
    assertThat(browser.text())
        .contains("What you need to do", "Report pack ready: " + c.report().getTitle());
    browser.assertAccessible().assertFitsPhone();
    browser.go("/distributions");
    assertThat(browser.heading()).isEqualTo("Report packs for meetings");
    assertThat(browser.text()).contains(c.body().getName(), "30 December 2026", "Ready");
    browser.assertAccessible().assertFitsPhone();

    long id =
        distributions.all().stream()
            .filter(d -> d.getReportScheduleId() == c.schedule().getId())
            .findFirst()
            .orElseThrow()
            .getId();
    browser.find("a[href='/distributions/" + id + "']").click();
    assertThat(browser.heading()).isEqualTo(c.report().getTitle());
    assertThat(browser.text())
        .contains("2026/27 Q2", "The report on screen", "Download it as a PDF", "Who was told")
        .contains(c.member().getFullName(), "Clerk (democratic services)");
    browser.assertAccessible().assertFitsPhone();

    browser.press("Publish");
    assertThat(browser.text()).contains("has been published", "The published report");
    assertThat(browser.text()).doesNotContain("Publish it");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void thePerformanceTeamChoosesWhoIsToldAboutAPack() {
    DistributionFixtures.Committee c = fixtures.committee(DistributionTest.MEETING, false);

    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.go("/reports/" + c.report().getId());
    browser.find("#recipients ~ details summary").click();
    browser.find("input[name='personIds'][value='" + c.member().getId() + "']").click();
    browser.press("Save who is told about the pack for " + c.body().getName());

    assertThat(browser.text()).contains("1 person is told when the pack for " + c.body().getName());
    assertThat(browser.text()).contains(c.body().getName() + ": 1 chosen");
    browser.assertAccessible();
  }
}
