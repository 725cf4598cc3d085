package org.goldenthread.framework;

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

/** An administrator imports a framework in a real browser; each page is checked by axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FrameworkImportBrowserTest {

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
  void administratorCorrectsAReportedRowAndImportsTheFramework() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6);
    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.go("/framework/import").assertAccessible();
    assertThat(browser.heading()).isEqualTo("Import a framework");

    upload(
        "bad.csv",
        "code,type,title,contributes_to\nBT%1$s,Theme,Safe,\nBA%1$s,Goal,Healthy,BT%1$s\n"
            .formatted(s));
    assertThat(browser.find("#problems").getText())
        .contains("3 type \"Goal\" is not a type of item.");
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("Nothing has been imported: 1 problem was found in bad.csv.");
    browser.assertAccessible();

    upload(
        "good.csv",
        "code,type,title,contributes_to\nBT%1$s,Theme,Safe,\nBA%1$s,Aim,Healthy,BT%1$s\n"
            .formatted(s));
    assertThat(browser.find(".govuk-panel--confirmation").getText()).contains("2 items imported");
    assertThat(browser.text()).contains("BA" + s + " Healthy Aim BT" + s);
    browser.assertAccessible();
  }
}
