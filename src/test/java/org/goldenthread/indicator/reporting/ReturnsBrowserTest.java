package org.goldenthread.indicator.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.period.Period;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The performance team opens the quarter due, sees its late returns for a directorate, chases one,
 * and closes the period after the confirmation; the officer finds the reminder on their home page
 * and the return on their list. Every page is checked by axe-core (WCAG 2.2 AA) and on a 390-pixel
 * phone. The period opened here is removed afterwards (or, if it was there already, left open as it
 * was), so other tests find the council as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnsBrowserTest {

  @LocalServerPort int port;
  @Autowired FixtureCouncil fixtures;
  @Autowired ReportingPeriods periods;
  @Autowired JdbcTemplate jdbc;
  Browser browser;
  FixtureCouncil.Council council;
  Period quarter;
  boolean there;

  @BeforeEach
  void openBrowser() throws Exception {
    council = fixtures.create();
    quarter = fixtures.dueQuarter();
    there = periods.find(quarter).isPresent();
    browser = Browser.open(port);
  }

  @AfterEach
  void putThePeriodBack() throws Exception {
    if (browser != null) {
      browser.close();
    }
    periods
        .find(quarter)
        .ifPresent(
            r -> {
              if (!there) {
                jdbc.update("delete from reporting_period where id = ?", r.getId());
              } else if (r.isClosed()) {
                periods.reopen(r.getId(), OpenPeriods.TEAM);
              }
            });
  }

  @Test
  void theTeamOpensTheQuarterSeesItsLateReturnsAndClosesIt() {
    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.clickLink("Reporting periods");
    assertThat(browser.heading()).isEqualTo("Reporting periods");
    browser.assertAccessible().assertFitsPhone();

    browser.choose("period", quarter.label());
    browser.press("Open the period");
    assertThat(browser.text())
        .contains(
            there ? quarter.label() + " has been opened already" : quarter.label() + " is open");
    browser.assertAccessible().assertFitsPhone();

    long directorate = council.service().getParent().getId();
    browser.go("/returns?period=" + quarter.label() + "&directorate=" + directorate);
    assertThat(browser.heading()).isEqualTo("Late returns for " + quarter.label());
    assertThat(browser.text())
        .contains(
            council.indicator().getCode(),
            council.officer().getFullName(),
            "Not started",
            "Late",
            "Send a reminder now");
    browser.assertAccessible().assertFitsPhone();

    // Chase the fixture's return: the reminder goes through the outbox (mail is off here, so it
    // is recorded for the officer's home page) and the team comes back to the same dashboard.
    browser.press(
        "Send a reminder now about " + council.indicator().getCode() + " for " + quarter.label());
    assertThat(browser.heading()).isEqualTo("Late returns for " + quarter.label());
    assertThat(browser.text()).contains(council.officer().getFullName(), "mail is off");
    browser.assertAccessible().assertFitsPhone();

    browser.go("/admin/reporting-periods");
    browser.clickLink("Close " + quarter.label());
    assertThat(browser.text()).contains("locks the values");
    browser.assertAccessible().assertFitsPhone();
    browser.press("Close " + quarter.label());
    assertThat(browser.text()).contains(quarter.label() + " is closed");
    assertThat(periods.isLocked(quarter)).isTrue();
    browser.assertAccessible().assertFitsPhone();

    browser.clickLink("Reopen " + quarter.label());
    browser.press("Reopen " + quarter.label());
    assertThat(browser.text()).contains(quarter.label() + " is open again");
    browser.clickLink("Close " + quarter.label());
    assertThat(browser.text()).contains("History", "by Ben Taylor").doesNotContain("No changes");
    browser.go("/admin/reporting-periods");

    browser.signOut();
    browser.signIn(council.officerUsername(), FixtureCouncil.PASSWORD);
    assertThat(browser.text())
        .contains(
            "What you need to do",
            "The performance team has asked for your figures for " + council.indicator().getCode());
    browser.assertAccessible().assertFitsPhone();
    browser.go("/my-indicators");
    assertThat(browser.text()).contains(council.indicator().getCode(), quarter.label(), "Late");
    browser.assertAccessible().assertFitsPhone();
  }
}
