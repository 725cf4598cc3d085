package org.goldenthread.risk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.risk.RiskRegisters;
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
 * The performance team keeps the risk lists in a real browser: every page checked by axe-core (WCAG
 * 2.2 AA) and on a 390-pixel phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskAdminBrowserTest {

  @LocalServerPort int port;
  @Autowired RiskRegisters registers;
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
  void administratorAddsACategorySetsItsAppetiteAndVisitsTheOtherLists() {
    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.clickLink("Risk settings");
    assertThat(browser.heading()).isEqualTo("Risk settings");
    assertThat(browser.text()).contains("13 to 25", "GOLDENTHREAD_RISKS_LOW_MAX");
    browser.assertAccessible().assertFitsPhone();

    browser.clickLink("Risk categories and appetite");
    assertThat(browser.text()).contains("Information and cyber", "up to");
    browser.assertAccessible().assertFitsPhone();
    browser.type("name", "");
    browser.type("appetite", "40");
    browser.submit();
    assertThat(browser.text())
        .contains("There is a problem", "The appetite is a score from 1 to 25");
    browser.assertAccessible().assertFitsPhone();

    String name = "Commercial " + FixtureCouncil.unique("B");
    browser.type("name", name);
    browser.type("appetite", "9");
    browser.submit();
    assertThat(browser.text()).contains("The category " + name + " has been added");
    browser.assertAccessible();

    browser.clickLink("Change the appetite for " + name);
    assertThat(browser.heading()).isEqualTo("Appetite for " + name + " risks");
    browser.assertAccessible().assertFitsPhone();
    browser.type("appetite", "16");
    browser.submit();
    assertThat(browser.text()).contains("The appetite for " + name + " risks is now 16");
    assertThat(registers.categoryNamed(name).orElseThrow().getAppetite()).isEqualTo(16);

    browser.go("/admin/risks/descriptors");
    assertThat(browser.text()).contains("Impact: Health and safety", "Almost certain");
    browser.assertAccessible().assertFitsPhone();
    browser.clickLink("Change Likelihood level 4");
    assertThat(browser.heading()).isEqualTo("Likelihood level 4");
    browser.assertAccessible().assertFitsPhone();

    browser.go("/admin/risks/registers");
    assertThat(browser.text()).contains("Corporate risk register", "Housing service risk register");
    browser.assertAccessible().assertFitsPhone();
    browser.clickLink("Corporate risk register");
    browser.assertAccessible().assertFitsPhone();
    browser.go("/admin/risks/registers/new");
    browser.choose("level", "Partnership");
    browser.submit();
    assertThat(browser.text())
        .contains(
            "There is a problem", "Choose the partnership body that owns a partnership register");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void anOfficerIsTurnedAway() {
    browser.signIn("officer", DemoUsers.PASSWORD);
    browser.go("/admin/risks/categories");
    assertThat(browser.heading()).isEqualTo("You cannot see or do this");
    browser.assertAccessible();
  }
}
