package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A head of service imports a tracker in a real browser; each page is checked by axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActionImportBrowserTest {

  @LocalServerPort int port;
  @TempDir Path files;
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

  private void upload(String name, String csv) throws Exception {
    Path file = Files.writeString(files.resolve(name), csv);
    browser.find("#file").sendKeys(file.toAbsolutePath().toString());
    browser.submit();
  }

  @Test
  void aManagerCorrectsAStatusTheRulesRefuseAndImportsTheTracker() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6);
    String tracker =
        "Code,Title,Lead officer,Due date,Percent complete,Status,Commentary\n"
            + "BR%1$s,Chase unpaid business rates,Priya Shah,31/03/2020,60,%2$s\n";
    browser.signIn("manager", DemoUsers.PASSWORD);
    browser.go("/actions/import").assertAccessible();
    assertThat(browser.heading()).isEqualTo("Import actions");

    upload("tracker.csv", tracker.formatted(s, "Green,"));
    assertThat(browser.find("#problems").getText())
        .contains("2 status This action was due on 31 March 2020 and is not complete");
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("Nothing has been imported: 1 problem was found in tracker.csv.");
    browser.assertAccessible();

    upload("tracker.csv", tracker.formatted(s, "Red,Two large accounts in dispute"));
    assertThat(browser.find(".govuk-panel--confirmation").getText()).contains("Actions imported");
    assertThat(browser.find("#outcome").getText())
        .contains("Actions added 1")
        .contains("Progress updates recorded 1");
    browser.assertAccessible();
  }
}
