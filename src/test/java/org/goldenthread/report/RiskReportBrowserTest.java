package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A council officer opens the Audit Committee risk report, reads its risk sections, downloads its
 * PDF and follows an indicator and an action to their related risks; the demo's own Audit Committee
 * risk report is there from the start. Every page is axe-core clean and fits a 390-pixel phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskReportBrowserTest {

  @LocalServerPort int port;
  @Autowired RiskReportFixtures fixtures;
  Browser browser;
  RiskReportFixtures.Made m;

  @BeforeEach
  void setUp() throws Exception {
    m = fixtures.create();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  /** Accessible, and no wider than a 390-pixel phone. */
  private void check() {
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void anOfficerOpensTheAuditCommitteeRiskReportAndDownloadsItsPdf() throws Exception {
    browser.signIn(m.council().officerUsername(), org.goldenthread.support.FixtureCouncil.PASSWORD);
    String title = "Risk B of " + m.prefix() + "-B";
    browser.go(
        "/reports/"
            + m.report().getId()
            + "?period="
            + RiskReportFixtures.QUARTER.label().replace(" ", "+"));
    assertThat(browser.text())
        .contains("Top risks", "Risks above appetite", "Movements", "Overdue reviews")
        .contains(title, "Weekly placement panel", "Related risks");
    check();

    Browser.Download pdf = browser.download(browser.find("#downloads a[href*='export.pdf']"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument doc = PDDocument.load(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Top risks", title, "Risks above appetite");
    }

    browser.go("/indicators/" + m.indicator().getId());
    assertThat(browser.text()).contains("Related risks", "Risk A of " + m.prefix() + "-A");
    check();
    browser.go("/actions/" + m.action().getId());
    assertThat(browser.text()).contains("Related risks", "Risk A of " + m.prefix() + "-A");
    check();
  }

  @Test
  void theDemoCouncilHasItsAuditCommitteeRiskReportAndTheFormChoosesRisks() {
    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.go("/reports");
    browser.clickLink("Audit Committee risk report");
    assertThat(browser.text()).contains("Risks", "The corporate risk register", "Heat map");
    check();
    browser.go("/reports/" + m.report().getId() + "/edit");
    assertThat(browser.find("#riskScope option[selected]").getText())
        .isEqualTo(RiskScope.REGISTER.label());
    check();
  }
}
