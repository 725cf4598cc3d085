package org.goldenthread.report.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.goldenthread.framework.PlanService;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A director publishes a report; then a visitor who is not signed in reads the council's public
 * pages (each checked with axe-core) and downloads the open data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesBrowserTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;
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

  /** Defines and publishes a report of the demo's first plan, as a director does. */
  private String publishAReport() {
    String title = "Public plan report " + UUID.randomUUID().toString().substring(0, 6);
    browser.signIn("director", DemoUsers.PASSWORD);
    browser.go("/reports");
    browser.press("Define a report");
    browser.type("title", title);
    browser.type("audience", "Cabinet");
    browser.choose("scopeKind", "A plan");
    browser.choose("planId", plans.all().get(0).getTitle());
    browser.tick("includeDetail");
    browser.submit();
    // Only a report published to a body that meets in public goes on the public pages.
    browser.choose("bodyId", "Cabinet");
    browser.date("nextDue", TestClock.TODAY.plusMonths(2));
    browser.press("Add to the schedule");
    browser.choose("publishBodyId", "Cabinet");
    String period =
        browser
            .find("form[aria-label='Publish this report'] input[name=period]")
            .getAttribute("value");
    browser.press("Publish this report for " + period);
    assertThat(browser.text()).contains("has been published");
    browser.signOut();
    return title;
  }

  @Test
  void aVisitorReadsThePublicPagesAndDownloadsTheOpenData() throws Exception {
    String title = publishAReport();

    browser.go("/public");
    assertThat(browser.heading()).isEqualTo("How the council is performing");
    assertThat(browser.text()).contains("Sign in (council staff)").doesNotContain("Sign out");
    browser.assertAccessible();

    browser.clickLink("Performance indicators");
    assertThat(browser.text()).contains("REV-01", "Latest published figures");
    browser.assertAccessible();

    browser.clickLink("REV-01 Council tax collected against instalments due (year to date)");
    assertThat(browser.text())
        .contains("Every published figure, newest first", "Actual (year to date)", "Commentary");
    assertThat(browser.find("svg.gt-chart title").getAttribute("textContent"))
        .contains("published actual against target");
    browser.assertAccessible();

    browser.go("/public/reports");
    browser.assertAccessible();
    browser.clickLink(title);
    assertThat(browser.text()).contains(title, "Summary", "Exceptions").doesNotContain("director");
    browser.assertAccessible();

    browser.go("/public/data");
    assertThat(browser.text()).contains("Open Government Licence v3.0", "dataSource");
    browser.assertAccessible();

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> csv = fetch(http, "/public/data/indicators.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Link").orElseThrow()).contains("rel=\"license\"");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    HttpResponse<String> json = fetch(http, "/public/data/indicators.json");
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode document = new ObjectMapper().readTree(json.body());
    assertThat(document.get("licence").asText()).isEqualTo("Open Government Licence v3.0");
    assertThat(rows).isNotEmpty().hasSize(document.get("values").size());
  }

  private HttpResponse<String> fetch(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
