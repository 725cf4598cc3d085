package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
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
 * The demo council's report pack from end to end, in a browser: a councillor reads their portfolio
 * dashboard, opens the quarterly report at its exceptions and downloads each export of it and of
 * its published version; then a visitor who is not signed in reads the public pages, which show
 * only published indicators and published figures. axe-core checks every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPackBrowserTest {

  @LocalServerPort int port;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;
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
  void aCouncillorReadsTheDashboardAndTheReportAndDownloadsEachExport() throws Exception {
    browser.signIn("councillor", DemoUsers.PASSWORD);
    assertThat(browser.text()).contains("Your portfolio: Finance and Resources");
    browser.assertAccessible();

    browser.go(browser.find("main a[href^='/dashboards/portfolios/']").getAttribute("pathname"));
    assertThat(browser.heading()).isEqualTo("Finance and Resources");
    assertThat(browser.text()).contains("Summary", "Exceptions", "Indicators (");
    // Since M11 the dashboard opens with a tile per indicator and draws each chart in its detail.
    assertThat(
            browser
                .find("main")
                .findElements(By.cssSelector("section[aria-labelledby='detail'] svg.gt-chart")))
        .as("a trend chart for each indicator in the detail")
        .isNotEmpty();
    browser.assertAccessible();

    browser.go("/reports");
    browser.clickLink("Quarterly performance report");
    assertThat(browser.find("nav.gt-contents a[href='#exceptions']").getText())
        .isEqualTo("Exceptions");
    assertThat(browser.textOf("#exceptions + p")).contains("worst first");
    assertThat(browser.text()).contains("Every indicator in detail");
    browser.assertAccessible();
    String period = browser.textOf("#downloads span");
    downloadsEach("#downloads", period);

    browser.go("/reports/published");
    browser.assertAccessible();
    browser.go(browser.find("main a[href^='/reports/published/']").getAttribute("pathname"));
    assertThat(browser.text()).contains("This is the report as published");
    browser.assertAccessible();
    downloadsEach("#downloads", "as published");
  }

  /** Downloads every file a page's download links offer, and reads each as its program would. */
  private void downloadsEach(String links, String mentioned) throws Exception {
    List<WebElement> found = browser.find(links).findElements(By.tagName("a"));
    Set<String> kinds = new HashSet<>();
    for (WebElement link : found) {
      Browser.Download file = browser.download(link);
      assertThat(file.status()).as(link.getAttribute("href")).isEqualTo(200);
      String href = link.getAttribute("href");
      String kind = href.replaceAll(".*export\\.(\\w+).*", "$1");
      kinds.add(kind);
      switch (kind) {
        case "pdf" -> {
          assertThat(file.contentType()).isEqualTo("application/pdf");
          try (PDDocument pdf = PDDocument.load(file.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Contents", "Summary", "Exceptions", "Page 1 of");
            if (mentioned.equals("as published")) {
              assertThat(text).contains("as published");
            } else {
              assertThat(text).contains(mentioned);
            }
          }
        }
        case "docx" -> {
          try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(file.body()));
              XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("Summary", "Exceptions");
          }
        }
        case "xlsx" -> {
          try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
            assertThat(workbook.getSheet("Exceptions")).isNotNull();
          }
        }
        case "csv" -> {
          assertThat(file.contentType()).startsWith("text/csv");
          String text = new String(file.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
          var records = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text));
          assertThat(records.getHeaderNames()).contains("Section");
          assertThat(records.getRecords()).isNotEmpty();
        }
        default -> throw new AssertionError("An unexpected download: " + href);
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder("pdf", "docx", "xlsx", "csv");
  }

  @Test
  void aVisitorSeesOnlyPublishedIndicatorsAndPublishedFigures() {
    browser.go("/public");
    browser.assertAccessible();

    browser.clickLink("Performance indicators");
    browser.assertAccessible();
    Set<String> listed =
        browser
            .find("main table tbody")
            .findElements(By.cssSelector("tr td:first-child a"))
            .stream()
            .map(WebElement::getText)
            .collect(Collectors.toSet());
    Set<String> published =
        indicators.findAll().stream()
            .filter(i -> i.isActive() && i.isPublished())
            .map(i -> i.getCode() + " " + i.getTitle())
            .collect(Collectors.toSet());
    assertThat(listed).isEqualTo(published).isNotEmpty();

    // Each public indicator's history holds exactly the periods of its published values.
    for (Indicator indicator : indicators.findAll()) {
      if (!indicator.isActive() || !indicator.isPublished()) {
        continue;
      }
      browser.go("/public/indicators/" + indicator.getCode().replace(" ", "%20"));
      Set<String> shown =
          browser.find("main").findElements(By.cssSelector("table tbody tr th")).stream()
              .map(WebElement::getText)
              .collect(Collectors.toSet());
      Set<String> periods =
          values.findByIndicatorIds(Set.of(indicator.getId())).stream()
              .filter(v -> v.getState() == ValueState.PUBLISHED)
              .map(IndicatorValue::getPeriod)
              .map(p -> p.label())
              .collect(Collectors.toSet());
      assertThat(shown).as(indicator.getCode()).isEqualTo(periods);
    }
    browser.assertAccessible();

    browser.go("/public/reports");
    browser.assertAccessible();
    browser.clickLink("Quarterly performance report");
    assertThat(browser.text()).contains("Summary", "Exceptions").doesNotContain("director");
    browser.assertAccessible();

    browser.go("/public/annual-report");
    assertThat(browser.heading()).isEqualTo("Annual performance report");
    browser.assertAccessible();
  }
}
