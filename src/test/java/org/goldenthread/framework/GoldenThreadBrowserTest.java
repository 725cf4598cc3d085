package org.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo council's golden thread skimmed as a director would: top levels open, deeper branches
 * closed until opened, each item's roll-up of statuses, and an aim that contributes to two themes
 * shown in full under one and pointed to from the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GoldenThreadBrowserTest {

  @LocalServerPort int port;
  @Autowired FrameworkItemRepository items;
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

  private long id(String code) {
    return items.findByCodeIgnoreCase(code).orElseThrow().getId();
  }

  /** The branch beneath an item shown in full: the details element after the item's line. */
  private WebElement branchOf(String code) {
    return browser.find("#thread-item-" + id(code) + " + details.gt-branch");
  }

  @Test
  void aDirectorOpensADeepBranchReadsItsRollUpAndFollowsAnAimToWhereItIsShownInFull() {
    browser.signIn("director", DemoUsers.PASSWORD);
    browser.go("/framework");
    assertThat(browser.heading()).isEqualTo("The golden thread");
    browser.assertAccessible();

    // The vision and themes are open; an aim's branch is closed, its priorities out of sight.
    assertThat(branchOf("V1").getAttribute("open")).isNotNull();
    assertThat(branchOf("T1").getAttribute("open")).isNotNull();
    WebElement aim = branchOf("A1");
    assertThat(aim.getAttribute("open")).isNull();
    WebElement priority = browser.find("#thread-item-" + id("P1"));
    assertThat(priority.isDisplayed()).isFalse();
    assertThat(aim.findElement(By.tagName("summary")).getText()).startsWith("Show");

    aim.findElement(By.tagName("summary")).click();
    assertThat(aim.getAttribute("open")).isNotNull();
    assertThat(priority.isDisplayed()).isTrue();
    assertThat(aim.findElement(By.tagName("summary")).getText()).startsWith("Hide");

    // The roll-up: counts by shape, word and number, and a link to the indicators beneath.
    String rollUp = browser.find("#thread-item-" + id("V1") + " .gt-rollup").getText();
    assertThat(rollUp).containsPattern("\\d+ indicators").containsPattern("✖ \\d+ Red");
    assertThat(rollUp).containsPattern("✔ \\d+ Green").containsPattern("\\d+ actions");
    assertThat(browser.find("#thread-item-" + id("P1") + " .gt-rollup a").getAttribute("href"))
        .endsWith("/indicators?itemId=" + id("P1"));
    browser.assertAccessible();

    // A2 contributes to T2 and T3: in full under T2, named under T3 with a link to it.
    WebElement full = browser.find("#thread-item-" + id("A2"));
    assertThat(full.getText()).contains("Also under Theme T3");
    List<WebElement> repeats =
        branchOf("T3").findElements(By.cssSelector(".gt-thread-item:not([id])"));
    WebElement repeat =
        repeats.stream().filter(r -> r.getText().contains("A2 ")).findFirst().orElseThrow();
    assertThat(repeat.getText()).contains("Shown in full under Theme T2");
    assertThat(repeat.findElements(By.cssSelector("details"))).isEmpty();

    // Follow it with A2's own branch and T2 closed: the link opens what holds the full one.
    browser.find("button[data-thread=close]").click();
    assertThat(full.isDisplayed()).isFalse();
    branchOf("V1").findElement(By.tagName("summary")).click();
    branchOf("T3").findElement(By.tagName("summary")).click();
    repeat
        .findElement(By.linkText("Theme T2 " + items.findByCodeIgnoreCase("T2").get().getTitle()))
        .click();
    assertThat(browser.path()).endsWith("#thread-item-" + id("A2"));
    assertThat(full.isDisplayed()).isTrue();
    assertThat(branchOf("T2").getAttribute("open")).isNotNull();

    // Open all, then close all.
    browser.find("button[data-thread=open]").click();
    assertThat(browser.find("#thread-item-" + id("P1")).isDisplayed()).isTrue();
    assertThat(branchOf("A1").getAttribute("open")).isNotNull();
    browser.assertAccessible();
    browser.find("button[data-thread=close]").click();
    assertThat(branchOf("V1").getAttribute("open")).isNull();
    assertThat(browser.find("#thread-item-" + id("T1")).isDisplayed()).isFalse();

    browser.go("/framework");
    browser.assertFitsPhone();
  }
}
