package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.period.Period;
import org.goldenthread.support.Browser;
import org.goldenthread.support.FixtureCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager works through the verification queue: filters it, sorts it, selects two values and
 * verifies them at once, and sees them leave the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerificationQueueBrowserTest {

  @LocalServerPort int port;
  @Autowired FixtureCouncil fixtures;
  Browser browser;
  FixtureCouncil.Council council;
  Period q1;
  Period q2;
  Period q3;

  @BeforeEach
  void threeValuesWaitForTheManager() throws Exception {
    council = fixtures.create();
    q2 = fixtures.dueQuarter();
    q1 = q2.previous();
    q3 = q2.next();
    // Q2 is red against its target of 100; Q1 and Q3 have no target, so are data only.
    fixtures.enter(council, q1, "95");
    fixtures.enter(council, q2, "40");
    fixtures.enter(council, q3, "97");
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private String firstRow() {
    return browser.textOf(".gt-queue tbody tr:first-child");
  }

  @Test
  void aManagerFiltersSortsAndVerifiesTwoValuesAtOnce() {
    String code = council.indicator().getCode();
    browser.signIn(council.managerUsername(), FixtureCouncil.PASSWORD);
    browser.go("/verification");
    assertThat(browser.text()).contains("3 values are waiting.", code, "Red", "Data only");
    // Red first by default: the value that needs the closest look.
    assertThat(firstRow()).contains(q2.label(), "Red");
    browser.assertAccessible().assertFitsPhone();

    browser.choose("status", "Data only");
    browser.press("Filter the queue");
    assertThat(browser.text()).contains("Showing 2 of 3 values waiting.");
    assertThat(browser.textOf(".gt-queue tbody")).contains(q1.label(), q3.label());
    assertThat(browser.textOf(".gt-queue tbody")).doesNotContain(q2.label());

    // Sorting by period, oldest first and then latest first.
    browser.find(".gt-queue thead th:nth-child(3) button").click();
    assertThat(firstRow()).contains(q1.label());
    browser.find(".gt-queue thead th:nth-child(3) button").click();
    assertThat(firstRow()).contains(q3.label());
    browser.assertAccessible();

    // Select all (the two shown), then verify them together.
    // The box is drawn over the hidden input by its label's ::before, so it is clicked as the
    // page's
    // script would see a click on it.
    WebElement all = browser.find("#checkboxes-all");
    ((JavascriptExecutor) ((WrapsDriver) all).getWrappedDriver())
        .executeScript("arguments[0].click();", all);
    assertThat(browser.find(".gt-queue tbody tr:nth-child(1) input").isSelected()).isTrue();
    assertThat(browser.find(".gt-queue tbody tr:nth-child(2) input").isSelected()).isTrue();
    browser.press("Verify the selected values");
    assertThat(browser.text())
        .contains("2 values have been verified", "No value in the queue matches these filters.");
    browser.assertAccessible();

    browser.clickLink("Clear the filters");
    assertThat(browser.text()).contains("1 value is waiting.");
    assertThat(browser.textOf(".gt-queue tbody"))
        .contains(q2.label())
        .doesNotContain(q1.label())
        .doesNotContain(q3.label());
    browser.assertAccessible().assertFitsPhone();
  }
}
