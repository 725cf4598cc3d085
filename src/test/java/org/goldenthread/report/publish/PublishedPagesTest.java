package org.goldenthread.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.ApiTokenService;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.web.ScheduleForm;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@GoldenThreadTest
@Transactional
class PublishedPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired PublishingService publishing;
  @Autowired DataEntry dataEntry;
  @Autowired AccountService accounts;
  @Autowired ApiTokenService tokens;

  Body board;
  Indicator red;
  Period p;
  ReportDefinition report;

  @BeforeEach
  void aBoardWithOneRedIndicator() {
    p = make.reportedQuarter();
    board = make.body();
    FrameworkItem item = make.item(board, null);
    red = make.indicator(ReportFixtures.unique("PP"), item);
    make.target(red, p, "100");
    make.value(red, p, "40", "Two posts vacant", "Agency staff from May");
    report =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Board report"), ScopeKind.BODY, board.getId()),
            named("admin"));
    reports.addSchedule(
        report.getId(), new ScheduleForm(board.getId(), Frequency.QUARTERLY, TestClock.TODAY));
  }

  private String publishUrl() {
    return "/reports/" + report.getId() + "/publish";
  }

  @Test
  void directorsPublishOnceAndOthersAreRefused() throws Exception {
    mvc.perform(
            get("/reports/" + report.getId()).param("period", p.label()).with(users.as("admin")))
        .andExpect(content().string(containsString("Publish this report")))
        .andExpect(content().string(containsString("Published versions")));
    mvc.perform(
            get("/reports/" + report.getId())
                .param("period", p.label())
                .with(users.as("councillor")))
        .andExpect(content().string(not(containsString("Publish this report"))));
    mvc.perform(
            post(publishUrl()).param("period", p.label()).with(users.as("councillor")).with(csrf()))
        .andExpect(status().isForbidden());

    mvc.perform(
            post(publishUrl())
                .param("period", p.label())
                .param("bodyId", board.getId().toString())
                .with(users.as("director"))
                .with(csrf()))
        .andExpect(redirectedUrlPattern("/reports/published/*"))
        .andExpect(flash().attribute("success", containsString("has been published")));
    mvc.perform(post(publishUrl()).param("period", p.label()).with(users.as("admin")).with(csrf()))
        .andExpect(
            redirectedUrl("/reports/" + report.getId() + "?period=" + p.label().replace(' ', '+')))
        .andExpect(flash().attribute("problem", containsString("already published on")));
  }

  @Test
  void thePublishedReportShowsTheFiguresAsPublishedAndMarksCorrections() throws Exception {
    PublishedReport published =
        publishing.publish(report.getId(), p, board.getId(), named("director"));
    dataEntry.enter(
        red,
        p,
        new ValueForm("120", null, null, null, null, "Late returns", null),
        named("admin"),
        false);

    mvc.perform(get("/reports/published/" + published.getId()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Published on ")))
        .andExpect(content().string(containsString(" by director")))
        .andExpect(content().string(containsString("Two posts vacant")))
        .andExpect(content().string(containsString("Corrected since publication: now 120")))
        .andExpect(content().string(containsString("1 figure has been corrected")))
        .andExpect(content().string(containsString("<svg")));

    mvc.perform(
            get("/reports/published")
                .param("bodyId", board.getId().toString())
                .with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(board.getName())))
        .andExpect(content().string(containsString(p.label())))
        .andExpect(content().string(containsString(report.getTitle())));
    mvc.perform(get("/reports").with(users.as("councillor")))
        .andExpect(content().string(containsString("href=\"/reports/published\"")));
  }

  @Test
  void theApiGivesDefinitionsPublishedReportsAndTheLiveReport() throws Exception {
    PublishedReport published =
        publishing.publish(report.getId(), p, board.getId(), named("director"));
    dataEntry.enter(
        red,
        p,
        new ValueForm("120", null, null, null, null, "Late returns", null),
        named("admin"),
        false);
    String token =
        tokens
            .create(accounts.findByUsername("councillor").orElseThrow().getId(), "reports test")
            .secret();

    mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.id == " + report.getId() + ")].published[0].period")
                .value(hasItem(p.label())))
        .andExpect(
            jsonPath("$[?(@.id == " + report.getId() + ")].schedules[0].body")
                .value(hasItem(board.getName())));
    mvc.perform(
            get("/api/v1/reports/published")
                .param("bodyId", board.getId().toString())
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(published.getId()))
        .andExpect(jsonPath("$[0].publishedBy").value("director"));
    mvc.perform(
            get("/api/v1/reports/published/" + published.getId())
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.published.period").value(p.label()))
        .andExpect(jsonPath("$.published.body").value(board.getName()))
        .andExpect(jsonPath("$.report.indicatorExceptions[0].actualText").value("40"))
        .andExpect(jsonPath("$.report.indicatorSummary.total").value(1))
        .andExpect(jsonPath("$.corrections[0].published").value("40"))
        .andExpect(jsonPath("$.corrections[0].now").value("120"));
    mvc.perform(
            get("/api/v1/reports/" + report.getId())
                .param("period", p.label())
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.indicatorExceptions").isEmpty())
        .andExpect(jsonPath("$.detail[0].actualText").value("120"));
    mvc.perform(
            get("/api/v1/reports/" + report.getId())
                .param("period", "not a period")
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.period").value(containsString("is not a period")));
    String frozenCsv =
        mvc.perform(
                get("/api/v1/reports/published/" + published.getId() + "/export.csv")
                    .header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(content().contentType("text/csv;charset=UTF-8"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(frozenCsv)
        .containsPattern("(?m)^Corrections,.*," + red.getCode() + ",40,120,")
        .containsPattern("(?m)^Exceptions,.*," + red.getCode() + ",.*,40,100,Two posts vacant,")
        .containsPattern("(?m)^Detail,.*," + red.getCode() + ",.*,100,.*,40,,,No");
    String liveCsv =
        mvc.perform(
                get("/api/v1/reports/" + report.getId() + "/export.csv")
                    .param("period", p.label())
                    .header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(liveCsv)
        .doesNotContainPattern("(?m)^Exceptions,")
        .containsPattern("(?m)^Detail,.*," + red.getCode() + ",.*,120,,,No");
    mvc.perform(
            get("/api/v1/reports/published/" + published.getId() + "/export.pdf")
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"));
    mvc.perform(get("/api/v1/reports/published/" + published.getId()))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/reports/published/" + published.getId() + "/export.csv"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theOpenApiDocumentDescribesTheReportsApi() throws Exception {
    mvc.perform(get("/v3/api-docs").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/reports']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/reports/published']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/reports/published/{id}']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/reports/{id}']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/reports/{id}/export.{format}']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/reports/published/{id}/export.{format}']").exists());
  }
}
