package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.organisation.governance.BodyRepository;
import org.goldenthread.organisation.governance.PortfolioRepository;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What a person does in a real browser, with every page checked by axe-core (WCAG 2.2 AA). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrganisationBrowserTest {

  @LocalServerPort int port;
  private static final String DEMO_TITLE = "Head of Revenues and Benefits";

  @Autowired PersonRepository people;
  @Autowired PersonService personService;
  @Autowired BodyRepository bodies;
  @Autowired PortfolioRepository portfolios;
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

  /** The tour changes a demo person's job title: put it back, as other tests read it. */
  @AfterEach
  void putTheJobTitleBack() {
    Person priya = people.search("Priya Shah", null).get(0);
    if (!DEMO_TITLE.equals(priya.getJobTitle())) {
      PersonForm form = PersonForm.of(priya);
      personService.update(
          priya.getId(),
          new PersonForm(
              form.fullName(),
              form.type(),
              DEMO_TITLE,
              form.email(),
              form.phone(),
              form.orgUnitId(),
              form.lineManagerId(),
              form.ward(),
              form.party(),
              form.organisationId(),
              form.active(),
              form.version()));
    }
  }

  @Test
  void administratorBrowsesTheStructureAndEditsAPerson() {
    browser.go("/").assertAccessible();
    assertThat(browser.heading()).isEqualTo("Sign in");

    browser.signIn("admin", DemoUsers.PASSWORD);
    assertThat(browser.heading()).isEqualTo("Welcome, Ben Taylor");
    browser.assertAccessible();

    browser.clickLink("Organisation");
    assertThat(browser.heading()).isEqualTo("Council structure");
    assertThat(browser.text()).contains("Revenues and Benefits (Service) – led by Priya Shah");
    browser.assertAccessible();

    browser.clickLink("Revenues and Benefits");
    assertThat(browser.heading()).isEqualTo("Revenues and Benefits");
    browser.assertAccessible();

    browser.clickLink("Priya Shah");
    assertThat(browser.heading()).isEqualTo("Priya Shah");
    browser.assertAccessible();
    String personPage = browser.path();

    browser.clickLink("Change, move or re-assign");
    browser.assertAccessible();
    browser.type("fullName", "");
    browser.submit();
    assertThat(browser.text()).contains("There is a problem", "Enter the person's full name");
    browser.assertAccessible();

    browser.type("fullName", "Priya Shah");
    browser.type("jobTitle", "Head of Revenues, Benefits and Fraud");
    browser.submit();
    assertThat(browser.path()).isEqualTo(personPage);
    assertThat(browser.text())
        .contains("Priya Shah has been updated", "Head of Revenues, Benefits and Fraud");
    browser.assertAccessible();

    browser.clickLink("Audit trail");
    assertThat(browser.text()).contains("Head of Revenues, Benefits and Fraud", "Ben Taylor");
    browser.assertAccessible();
  }

  @Test
  void everyOtherPageIsAccessible() {
    browser.signIn("admin", DemoUsers.PASSWORD);
    long body = bodies.findAllByOrderBySortOrderAscNameAsc().get(1).getId();
    long portfolio = portfolios.findAllWithHolders().get(0).getId();
    for (String page :
        new String[] {
          "/people",
          "/people/new",
          "/bodies",
          "/bodies/" + body,
          "/bodies/new",
          "/portfolios",
          "/portfolios/" + portfolio,
          "/portfolios/" + portfolio + "/edit",
          "/organisations",
          "/organisations/new",
          "/org-units/new",
          "/admin/accounts",
          "/admin/accounts/new",
          "/admin/audit?type=Person",
          "/profile",
          "/profile/password",
          "/no-such-page"
        }) {
      browser.go(page).assertAccessible();
    }
    browser.signOut();
    assertThat(browser.text()).contains("You have signed out");
    browser.assertAccessible();

    browser.signIn("officer", DemoUsers.PASSWORD);
    browser.go("/admin/accounts");
    assertThat(browser.heading()).isEqualTo("You cannot see or do this");
    browser.assertAccessible();
    long sam = people.search("Sam Patel", null).get(0).getId();
    browser.go("/people/" + sam + "/contact").assertAccessible();
  }
}
