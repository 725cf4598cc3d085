package org.goldenthread.risk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The performance team uploads a register with mistakes in a real browser, reads the report of each
 * by row and column, and uploads the corrected file; each page is checked by axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskImportBrowserTest {

  @LocalServerPort int port;
  @TempDir Path files;
  @Autowired RiskRegisterFiles registers;
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
  void theTeamReadsEachProblemByRowAndColumnThenImportsTheCorrectedRegister() throws Exception {
    RiskRegisterFiles.Council council = registers.council();
    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.go("/risks/import").assertAccessible();
    assertThat(browser.heading()).isEqualTo("Import a risk register");

    upload(
        "register.csv",
        council.fill(RiskRegisterFiles.resource("council-risk-register-malformed.csv")));
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("Nothing has been imported: 7 problems were found in register.csv.");
    assertThat(browser.find("#problems").getText())
        .contains("3 current_likelihood The current likelihood must be a whole number from 1 to 5")
        .contains("4 owner No one called \"Pat Nobody " + council.suffix() + "\"")
        .contains("5 code The code is also used on row 2.")
        .contains("6 register No one register has the code or name")
        .contains("7 current_likelihood The current score (L4 × I4 = 16) cannot be above");
    browser.assertAccessible();

    upload("register.csv", council.fill(RiskRegisterFiles.resource(RiskImportTest.REGISTER)));
    assertThat(browser.find(".govuk-panel--confirmation").getText())
        .contains("Risk register imported");
    assertThat(browser.find("#outcome").getText()).contains("Risks opened 18");
    browser.assertAccessible();
  }
}
