package org.goldenthread.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.shared.Actor;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@GoldenThreadTest
@Transactional
class ReportPagesTest {

  @Autowired UserDetailsService accounts;
  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;

  Body board;
  Indicator red;
  Period p;
  ReportDefinition report;

  @BeforeEach
  void aBoardWithOneRedIndicator() {
    p = make.reportedQuarter();
    board = make.body();
    FrameworkItem item = make.item(board, null);
    red = make.indicator(ReportFixtures.unique("PG"), item);
    make.target(red, p, "100");
    make.value(red, p, "40", "Two posts vacant", "Agency staff from May");
    report =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Board report"), ScopeKind.BODY, board.getId()),
            named("admin"));
  }

  private String page() {
    return "/reports/" + report.getId();
  }

  @Test
  void theListShowsEachReportAndOnlyThoseWhoDefineReportsAreOfferedANewOne() throws Exception {
    mvc.perform(get("/reports").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(report.getTitle())))
        .andExpect(
            content()
                .string(containsString("Accountable to " + board.getName() + ", each quarter")))
        .andExpect(content().string(containsString("Define a report")))
        .andExpect(content().string(containsString("href=\"/reports\"")));
    mvc.perform(get("/reports").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Define a report"))));
  }

  @Test
  void theReportShowsSummaryExceptionsAndDetailByWordSymbolAndColour() throws Exception {
    mvc.perform(get(page()).param("period", p.label()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#summary\"")))
        .andExpect(content().string(containsString("href=\"#exceptions\"")))
        .andExpect(content().string(containsString("href=\"#detail\"")))
        .andExpect(content().string(containsString("Change since " + p.previous().label())))
        .andExpect(content().string(containsString("100.0%")))
        .andExpect(content().string(containsString("govuk-tag--red")))
        .andExpect(content().string(containsString("✖")))
        .andExpect(content().string(containsString("Two posts vacant")))
        .andExpect(content().string(containsString("Agency staff from May")))
        .andExpect(content().string(containsString("chart-" + red.getId() + "-title")))
        .andExpect(content().string(containsString("Accountable to " + board.getName())))
        .andExpect(content().string(not(containsString("Edit report"))));
  }

  @Test
  void aPeriodThatCannotBeReadIsSaidSoAndTheLatestShown() throws Exception {
    mvc.perform(get(page()).param("period", "next Tuesday").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("“next Tuesday” is not a period")));
  }

  @Test
  void anOfficerCannotDefineOrChangeReports() throws Exception {
    mvc.perform(get("/reports/new").with(users.as("officer"))).andExpect(status().isForbidden());
    mvc.perform(get(page() + "/edit").with(users.as("officer"))).andExpect(status().isForbidden());
    mvc.perform(
            post(page() + "/schedules")
                .with(users.as("councillor"))
                .with(csrf())
                .param("bodyId", board.getId().toString())
                .param("frequency", "QUARTERLY")
                .param("nextDue", "2026-09-01"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aReportWithoutTitleOrBodyIsRefusedWithMessages() throws Exception {
    mvc.perform(
            post("/reports/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("audience", "Cabinet")
                .param("scopeKind", "BODY")
                .param("periodType", "QUARTER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a title for the report")));
    mvc.perform(
            post("/reports/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("title", "Untargeted")
                .param("audience", "Cabinet")
                .param("scopeKind", "BODY")
                .param("periodType", "QUARTER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose which body the report covers")));
  }

  @Test
  void aDirectorDefinesAReportAndChangesIt() throws Exception {
    String title = ReportFixtures.unique("Chosen");
    mvc.perform(
            post("/reports/new")
                .with(users.as("director"))
                .with(csrf())
                .param("title", title)
                .param("audience", "Corporate Management Team")
                .param("scopeKind", "CHOSEN")
                .param("indicatorIds", red.getId().toString())
                .param("periodType", "QUARTER")
                .param("includeDetail", "true"))
        .andExpect(redirectedUrlPattern("/reports/*"));
    ReportDefinition made =
        reports.all().stream().filter(r -> r.getTitle().equals(title)).findFirst().orElseThrow();
    assertThat(made.getCreatedBy()).isEqualTo("David Okafor");
    assertThat(made.getCreatedByPerson())
        .isEqualTo(((Actor) accounts.loadUserByUsername("director")).person());
    assertThat(made.getChosenIndicators()).containsExactly(red);

    mvc.perform(get("/reports/" + made.getId() + "/edit").with(users.as("director")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
    mvc.perform(
            post("/reports/" + made.getId() + "/edit")
                .with(users.as("director"))
                .with(csrf())
                .param("title", title + " revised")
                .param("audience", "CMT")
                .param("scopeKind", "BODY")
                .param("bodyId", board.getId().toString())
                .param("periodType", "MONTH")
                .param("version", String.valueOf(made.getVersion())))
        .andExpect(redirectedUrl("/reports/" + made.getId()));
    assertThat(reports.get(made.getId()).getTitle()).isEqualTo(title + " revised");
    assertThat(reports.get(made.getId()).getChosenIndicators()).isEmpty();
  }

  @Test
  void schedulesAreAddedOnceAndRemoved() throws Exception {
    mvc.perform(
            post(page() + "/schedules")
                .with(users.as("admin"))
                .with(csrf())
                .param("bodyId", board.getId().toString())
                .param("frequency", "QUARTERLY")
                .param("nextDue", "2026-09-01"))
        .andExpect(redirectedUrl(page() + "#schedule"));
    mvc.perform(get("/reports").with(users.as("admin")))
        .andExpect(content().string(containsString(board.getName() + ", quarterly, next due")));
    mvc.perform(
            post(page() + "/schedules")
                .with(users.as("admin"))
                .with(csrf())
                .param("bodyId", board.getId().toString())
                .param("frequency", "MONTHLY")
                .param("nextDue", "2026-09-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("already receives this report")));
    mvc.perform(
            post(page() + "/schedules")
                .with(users.as("admin"))
                .with(csrf())
                .param("frequency", "MONTHLY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose the body that receives the report")));

    long scheduleId = reports.get(report.getId()).getSchedules().get(0).getId();
    mvc.perform(
            post(page() + "/schedules/" + scheduleId + "/received")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(redirectedUrl(page() + "#schedule"))
        .andExpect(
            flash().attribute("problem", "Enter the date of the meeting that received the report"));
    mvc.perform(
            post(page() + "/schedules/" + scheduleId + "/received")
                .with(users.as("admin"))
                .with(csrf())
                .param("meeting", "2026-09-03"))
        .andExpect(
            flash()
                .attribute(
                    "success", board.getName() + " next receives this report on 3 December 2026"));
    assertThat(reports.get(report.getId()).nextDue()).isEqualTo(LocalDate.of(2026, 12, 3));

    mvc.perform(
            post(page() + "/schedules/" + scheduleId + "/remove")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(redirectedUrl(page() + "#schedule"));
    assertThat(reports.get(report.getId()).getSchedules()).isEmpty();
  }
}
