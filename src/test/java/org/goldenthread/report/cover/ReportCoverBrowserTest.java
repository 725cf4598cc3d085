package org.goldenthread.report.cover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ScopeKind;
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
 * A manager prepares a report's cover as an agenda item (recommendations, key decision,
 * implications), reads it on the report page, and downloads the PDF and the Word paper: the cover
 * is in both. The form and the report page pass axe and fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportCoverBrowserTest {

  static final String FIRST = "The board notes the performance for the quarter.";
  static final String SECOND = "The board asks for a plan to recover each red indicator.";

  @LocalServerPort int port;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  Browser browser;
  Body board;
  Period p;
  ReportDefinition report;

  @BeforeEach
  void setUp() throws Exception {
    p = make.reportedQuarter();
    board = make.body();
    FrameworkItem item = make.item(board, null);
    Indicator red = make.indicator(ReportFixtures.unique("CV"), item);
    make.target(red, p, "100");
    make.value(red, p, "40", "Two posts vacant", "Agency staff from May");
    report =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Board report"), ScopeKind.BODY, board.getId()),
            named("admin"));
    reports.schedule(report.getId(), board.getId(), Frequency.QUARTERLY, p.end().plusMonths(3));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aManagerFillsTheCoverAndItIsInThePdfAndTheWordPaper() throws Exception {
    browser.signIn("manager", DemoUsers.PASSWORD);
    browser.go("/reports/" + report.getId() + "?period=" + p.label().replace(" ", "+"));
    assertThat(browser.text()).contains("No cover has been prepared for " + p.label());
    browser.press("Prepare the cover");
    assertThat(browser.heading()).isEqualTo("The report’s cover");
    assertThat(browser.find("#wards").getAttribute("value")).isEqualTo("All wards");
    browser.assertAccessible();
    browser.resize(390, 844).assertFitsPhone();
    browser.resize(1280, 900);

    // A key decision without its reference, and no recommendations: both named at once.
    browser.tick("keyDecision");
    browser.press("Save the cover");
    assertThat(browser.text())
        .contains("There is a problem")
        .contains("Enter the forward plan reference, as this is a key decision")
        .contains("Enter at least one recommendation, one a line")
        .contains("Enter the reasons for the recommendations")
        .contains("Enter who the report is from");
    browser.assertAccessible();

    // A report on what a board is accountable for suggests no director: the manager names one.
    browser.type("reportOf", "Director of Place");
    browser.type("agendaItem", "6");
    browser.type("forwardPlanReference", "FP/26/21");
    browser.type("recommendations", FIRST + "\n" + SECOND);
    browser.type("reasons", "The board oversees the service's performance.");
    browser.type("financialImplications", "Met from the service's budget.");
    browser.press("Save the cover");
    assertThat(browser.text())
        .contains("is saved")
        .contains("The report to the meeting", "1. Recommendations", FIRST, SECOND)
        .contains("Yes (forward plan reference FP/26/21)", "Financial implications")
        .doesNotContain("Legal implications");
    browser.assertAccessible();
    browser.resize(390, 844).assertFitsPhone();
    browser.resize(1280, 900);

    Browser.Download pdf = browser.download(browser.find("#downloads a[href*='export.pdf']"));
    assertThat(pdf.status()).isEqualTo(200);
    try (PDDocument doc = PDDocument.load(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Agenda item 6", board.getName(), "FP/26/21")
          .containsPattern("1\\.1\\s+" + FIRST.replace(".", "\\."))
          .containsPattern("1\\.2\\s+" + SECOND.replace(".", "\\."));
    }
    Browser.Download word = browser.download(browser.find("#downloads a[href*='export.docx']"));
    assertThat(word.status()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
      String text =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertThat(text)
          .contains("1.1  " + FIRST, "1.2  " + SECOND, "Met from the service's budget.");
      assertThat(doc.getTables().get(0).getText()).contains("FP/26/21", board.getName());
    }
  }
}
