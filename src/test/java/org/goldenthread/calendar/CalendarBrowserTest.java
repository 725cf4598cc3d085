package org.goldenthread.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer reads the year at a glance, filters it to their board, opens my tasks, marks the
 * missed task done and finds their feed's address; the performance team opens the template. Every
 * page passes axe-core and fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarBrowserTest {

  @LocalServerPort int port;
  @Autowired CalendarFixtures fixtures;
  @Autowired CalendarService calendar;
  Browser browser;
  CalendarFixtures.Calendar c;

  @BeforeEach
  void setUp() throws Exception {
    c = fixtures.create();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  @Test
  void anOfficerReadsTheYearAndMarksAMissedTaskDone() throws Exception {
    browser.signIn(c.council().officerUsername(), FixtureCouncil.PASSWORD);
    browser.go("/calendar?year=2026-27");
    assertThat(browser.heading()).isEqualTo("The year 2026/27 at a glance");
    assertThat(browser.text()).contains("November 2026", c.missed().getTitle(), "Missed");
    browser.assertAccessible().assertFitsPhone();

    browser.choose("owner", c.board().getName());
    browser.press("Filter");
    assertThat(browser.text())
        .contains(c.due().getTitle(), c.meeting().getTitle())
        .doesNotContain(c.missed().getTitle());
    browser.assertAccessible();

    browser.go("/calendar/my-tasks");
    assertThat(browser.heading()).isEqualTo("My tasks");
    assertThat(browser.text()).contains("1 missed, 1 due in the next two weeks, 4 in all.");
    browser.assertAccessible().assertFitsPhone();
    browser.press("Mark as done: " + c.missed().getTitle());
    assertThat(browser.text()).contains("‘" + c.missed().getTitle() + "’ is marked as done");
    assertThat(browser.text()).contains("0 missed");
    assertThat(calendar.get(c.missed().getId()).getState()).isEqualTo(EntryState.DONE);
    browser.assertAccessible();

    browser.clickLink(c.due().getTitle());
    assertThat(browser.heading()).isEqualTo(c.due().getTitle());
    browser.assertAccessible().assertFitsPhone();

    browser.go("/calendar/feeds");
    browser.press("Make an address for your calendar");
    assertThat(browser.text()).contains("Your calendar has a new address", "/calendar/feed/");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void thePerformanceTeamOpensTheTemplateAndAnEntrysForm() throws Exception {
    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.go("/admin/calendar");
    assertThat(browser.text()).contains("The template of the usual year", "Service plans drafted");
    browser.assertAccessible().assertFitsPhone();
    browser.go("/admin/calendar/entries/" + c.due().getId());
    assertThat(browser.heading()).isEqualTo("Change " + c.due().getTitle());
    browser.assertAccessible().assertFitsPhone();
    browser.go("/admin/calendar/template/new");
    browser.press("Save");
    assertThat(browser.text())
        .contains("Enter what happens or is done", "Due date: Choose a month");
    browser.assertAccessible().assertFitsPhone();
  }
}
