package org.goldenthread.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.notice.MailKind;
import org.goldenthread.notice.Outbox;
import org.goldenthread.organisation.ContactForm;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
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
 * The outbox and the choice of notices in a real browser, with mail off as until configured: each
 * page checked by axe-core (WCAG 2.2 AA) and on a 390-pixel phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticePagesBrowserTest {

  @LocalServerPort int port;
  @Autowired FixtureCouncil fixtures;
  @Autowired PersonService people;
  @Autowired Outbox outbox;
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

  @Test
  void theAdministratorSeesMailIsOffAndReadsTheOutbox() {
    FixtureCouncil.Council council = fixtures.create();
    Person officer = people.get(council.officer().getId());
    String address = "officer-" + council.suffix().toLowerCase() + "@example.gov.uk";
    people.updateContact(
        officer.getId(),
        new ContactForm(officer.getJobTitle(), address, null, officer.getVersion()));
    String subject = "Report pack ready " + council.suffix();
    outbox.queue(
        officer.getId(), address, MailKind.REPORT, "browser:" + council.suffix(), subject, "Text");

    browser.signIn("admin", DemoUsers.PASSWORD);
    assertThat(browser.text()).contains("Reminders are not being emailed");
    browser.clickLink("Outbox");
    assertThat(browser.heading()).isEqualTo("Outbox");
    assertThat(browser.text())
        .contains("GOLDENTHREAD_NOTICES_ENABLED=true", subject, address, "Waiting");
    browser.assertAccessible().assertFitsPhone();

    browser.clickLink(subject);
    assertThat(browser.heading()).isEqualTo(subject);
    assertThat(browser.text()).contains(council.officer().getFullName(), "The text sent");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void anOfficerChoosesDeadlineAndLateNoticesOnly() {
    FixtureCouncil.Council council = fixtures.create();
    browser.signIn(council.officerUsername(), FixtureCouncil.PASSWORD);
    browser.go("/profile");
    browser.clickLink("Choose which notices you receive");
    assertThat(browser.heading()).isEqualTo("Your notices");
    browser.assertAccessible().assertFitsPhone();
    browser.tick("essentialOnly");
    browser.press("Save your choice");
    assertThat(browser.text()).contains("You will now receive only deadline and late notices");
    browser.assertAccessible().assertFitsPhone();
  }
}
