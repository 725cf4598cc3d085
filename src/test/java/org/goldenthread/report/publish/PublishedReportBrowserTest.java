package org.goldenthread.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

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
import org.goldenthread.report.web.ScheduleForm;
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

/** A director publishes a board's report for a quarter and opens the published version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublishedReportBrowserTest {

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
    Indicator red = make.indicator(ReportFixtures.unique("BP"), item);
    make.target(red, p, "100");
    make.value(red, p, "40", "Two posts vacant", "Agency staff from May");
    report =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Board report"), ScopeKind.BODY, board.getId()),
            named("admin"));
    reports.addSchedule(
        report.getId(), new ScheduleForm(board.getId(), Frequency.QUARTERLY, TestClock.TODAY));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aDirectorPublishesAReportAndOpensThePublishedVersion() {
    browser.signIn("director", DemoUsers.PASSWORD);
    browser.go("/reports/" + report.getId() + "?period=" + p.label().replace(" ", "+"));
    browser.assertAccessible();
    browser.choose("publishBodyId", board.getName());
    browser.press("Publish this report for " + p.label());
    assertThat(browser.text())
        .contains("has been published", "Published on", "by David Okafor", "Two posts vacant")
        .contains("No figure in it has been corrected since.");
    browser.assertAccessible();

    browser.go("/reports/" + report.getId() + "?period=" + p.label().replace(" ", "+"));
    browser.press("Published versions");
    assertThat(browser.text()).contains(board.getName(), p.label(), report.getTitle());
    browser.assertAccessible();

    browser.go("/reports/published");
    browser.assertAccessible();
    browser.clickLink(report.getTitle());
    assertThat(browser.text())
        .contains("Published on", p.label(), "Download this report as published");
    for (String format : new String[] {"pdf", "docx", "xlsx", "csv"}) {
      assertThat(browser.find("#downloads a[href$='/export." + format + "']").getAttribute("href"))
          .containsPattern("/reports/published/\\d+/export\\." + format + "$");
    }

    browser.go("/reports/" + report.getId() + "?period=" + p.label().replace(" ", "+"));
    browser.press("Publish this report for " + p.label());
    assertThat(browser.text()).contains("There is a problem", "already published on");
    browser.assertAccessible();
  }
}
