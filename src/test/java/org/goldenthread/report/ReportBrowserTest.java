package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.Brag;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.EarlyWarningSeries;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.web.ReportForm;
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
 * A director defines a report for a board, reads it for a quarter (summary, exceptions, detail) and
 * sends it to the board every quarter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportBrowserTest {

  @LocalServerPort int port;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired EarlyWarningSeries series;
  Browser browser;
  Body board;
  Period p;
  ReportDefinition report;

  @BeforeEach
  void setUp() throws Exception {
    p = make.reportedQuarter();
    board = make.body();
    FrameworkItem item = make.item(board, null);
    Indicator red = make.indicator(ReportFixtures.unique("BR"), item);
    make.target(red, p, "100");
    make.value(red, p, "40", "Two posts vacant", "Agency staff from May");
    Indicator green = make.indicator(ReportFixtures.unique("BG"), item);
    make.target(green, p, "10");
    make.value(green, p, "12", null, null);
    Action late =
        make.action(
            ReportFixtures.unique("BL"), item, p.start().minusMonths(6), p.start().plusDays(5));
    make.update(late, p, Brag.RED, 60, null);
    ReportForm form =
        ReportServiceTest.form(
            ReportFixtures.unique("Board report"), ScopeKind.BODY, board.getId());
    report = reports.create(form, named("admin"));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theReportPagesAreAccessible() {
    browser.signIn("admin", DemoUsers.PASSWORD);
    for (String page :
        new String[] {
          "/reports",
          "/reports/new",
          "/reports/" + report.getId() + "?period=" + p.label().replace(" ", "+"),
          "/reports/" + report.getId() + "/edit"
        }) {
      browser.go(page).assertAccessible();
    }
    browser.go("/reports/" + report.getId() + "?period=" + p.label().replace(" ", "+"));
    assertThat(browser.text()).contains("Download this report for " + p.label());
    assertThat(browser.find("#downloads a[href*='export.xlsx']").getText()).contains("Excel");
  }

  /**
   * A report listing an indicator whose annual target is at risk, and the scorecard beside it: the
   * marks read in words, the pages pass axe and fit a phone.
   */
  @Test
  void theTargetsAtRiskAndTheMarksAreAccessibleOnTheReportAndTheScorecard() {
    Indicator atRisk = series.create("Affordable homes delivered");
    Period q1 = EarlyWarningSeries.LATEST;
    ReportDefinition listing =
        reports.create(
            ReportForm.covering(
                    ReportFixtures.unique("Early warning"),
                    "Cabinet",
                    ScopeKind.CHOSEN,
                    null,
                    List.of(atRisk.getId()),
                    List.of(),
                    true,
                    PeriodType.QUARTER,
                    null)
                .listingTargetsAtRisk(true),
            named("admin"));
    browser.signIn("councillor", DemoUsers.PASSWORD);
    browser.go("/reports/" + listing.getId() + "?period=" + q1.label().replace(" ", "+"));
    assertThat(browser.text())
        .contains("Targets at risk", "Two large schemes slipped to next year")
        .contains("Forecast 150; projection 120; annual target 200")
        .contains("Special cause – improving", "Consistently failing");
    browser.assertAccessible().assertFitsPhone();
    browser.go("/indicators?size=all&period=" + q1.label().replace(" ", "+"));
    assertThat(browser.text()).contains(atRisk.getCode(), "Target at risk");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void aDirectorDefinesAReportReadsItAndSchedulesIt() {
    browser.signIn("director", DemoUsers.PASSWORD);
    browser.go("/reports");
    browser.press("Define a report");
    browser.submit();
    assertThat(browser.text()).contains("There is a problem", "Enter a title for the report");
    browser.assertAccessible();

    String title = ReportFixtures.unique("Board quarterly");
    browser.type("title", title);
    browser.type("audience", board.getName());
    browser.choose("scopeKind", ScopeKind.BODY.label());
    browser.choose("bodyId", board.getName());
    browser.choose("periodType", PeriodType.QUARTER.label());
    browser.tick("includeDetail");
    browser.tick("listTargetsAtRisk");
    browser.submit();
    assertThat(browser.text()).contains("has been saved", title, "Summary", "Exceptions");

    browser.choose("period", p.label());
    browser.press("Show");
    assertThat(browser.text())
        .contains(p.label(), "Two posts vacant", "Agency staff from May", "50.0%", "Overdue")
        .contains("Every indicator in detail", "Targets at risk")
        .contains("No annual target is at risk or on watch.");
    browser.assertAccessible();

    browser.choose("bodyId", board.getName());
    browser.choose("frequency", Frequency.QUARTERLY.label());
    browser.date("nextDue", p.end().plusMonths(9));
    browser.press("Add to the schedule");
    assertThat(browser.text()).contains(board.getName() + " now receives this report");
    browser.assertAccessible();

    browser.date(browser.find("input[name=meeting]").getAttribute("id"), p.end().plusMonths(9));
    browser.press("Record the meeting of " + board.getName());
    assertThat(browser.text()).contains(board.getName() + " next receives this report on");
    browser.assertAccessible();

    browser.go("/reports");
    assertThat(browser.text()).contains(title, board.getName() + ", quarterly, next due");
    browser.assertAccessible();
  }
}
