package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A calculated indicator has no entered value to carry commentary: its responsible officer writes
 * commentary and remedial action for a period on its page, and a report's exceptions show them.
 */
@GoldenThreadTest
@Transactional
class CalculatedCommentaryReportTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired IndicatorService indicators;
  @Autowired PersonService people;

  private Period p;
  private Indicator total;
  private ReportDefinition report;

  /** Two inputs of 30 and 12 make 42 against a target of 100: Red. */
  @BeforeEach
  void aRedCalculatedIndicatorTheOfficerIsResponsibleFor() {
    p = make.reportedQuarter();
    Indicator a = make.indicator(ReportFixtures.unique("IN"), null);
    Indicator b = make.indicator(ReportFixtures.unique("IN"), null);
    total =
        indicators.create(
            new IndicatorForm(
                ReportFixtures.unique("CALC"),
                "Claims decided",
                null,
                null,
                IndicatorType.LOCAL,
                Unit.COUNT,
                Polarity.HIGHER_IS_BETTER,
                PeriodType.QUARTER,
                Aggregation.SUM,
                false,
                "0",
                "10",
                Tolerance.Kind.PERCENT,
                null,
                "[" + a.getCode() + "] + [" + b.getCode() + "]",
                null,
                false,
                false,
                true,
                people.search("Sam Patel", null).get(0).getId(),
                null,
                null,
                null,
                List.of(),
                null));
    make.value(a, p, "30", null, null);
    make.value(b, p, "12", null, null);
    make.target(total, p, "100");
    report =
        reports.create(
            ReportForm.covering(
                ReportFixtures.unique("Calculated"),
                "Cabinet",
                ScopeKind.CHOSEN,
                null,
                List.of(total.getId()),
                List.of(),
                false,
                PeriodType.QUARTER,
                null),
            named("admin"));
  }

  private Report.IndicatorException exception() {
    List<Report.IndicatorException> exceptions = builder.build(report, p).indicatorExceptions();
    assertThat(exceptions).hasSize(1);
    return exceptions.get(0);
  }

  private String reportPage() {
    return "/reports/" + report.getId() + "?period=" + p.label();
  }

  @Test
  void withoutCommentaryTheExceptionSaysWhereItComesFrom() throws Exception {
    Report.IndicatorException red = exception();
    assertThat(red.result().status()).isEqualTo(Status.RED);
    assertThat(red.commentary()).isNull();

    mvc.perform(get(reportPage()).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "No commentary yet — the responsible officer adds it on <a"
                            + " class=\"govuk-link\" href=\"/indicators/"
                            + total.getId()
                            + "\">the indicator’s page</a>")));
  }

  @Test
  void commentaryWrittenForTheCalculatedIndicatorsPeriodAppearsInTheReportsExceptions()
      throws Exception {
    mvc.perform(get("/indicators/" + total.getId()).with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Add commentary")));
    mvc.perform(
            get("/indicators/" + total.getId() + "/commentary")
                .param("period", p.label())
                .with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Commentary for " + p.label())));

    mvc.perform(
            post("/indicators/" + total.getId() + "/commentary")
                .with(users.as("officer"))
                .with(csrf())
                .param("period", p.label())
                .param("commentary", "Claims backlog after the system change")
                .param("remedialAction", "Overtime until the backlog clears"))
        .andExpect(redirectedUrl("/indicators/" + total.getId()));

    Report.IndicatorException red = exception();
    assertThat(red.commentary()).isEqualTo("Claims backlog after the system change");
    assertThat(red.remedialAction()).isEqualTo("Overtime until the backlog clears");
    mvc.perform(get(reportPage()).with(users.as("admin")))
        .andExpect(content().string(containsString("Claims backlog after the system change")))
        .andExpect(content().string(containsString("Overtime until the backlog clears")))
        .andExpect(content().string(not(containsString("No commentary yet"))));
    mvc.perform(get("/indicators/" + total.getId()).with(users.as("councillor")))
        .andExpect(content().string(containsString("Claims backlog after the system change")));
    mvc.perform(
            get("/api/v1/indicators/" + total.getCode() + "/values").with(users.as("councillor")))
        .andExpect(
            jsonPath("$[?(@.period == '" + p.label() + "')].commentary")
                .value("Claims backlog after the system change"));
  }

  @Test
  void onlyWhoMayEnterTheIndicatorsValuesWritesItsCommentary() throws Exception {
    mvc.perform(
            post("/indicators/" + total.getId() + "/commentary")
                .with(users.as("councillor"))
                .with(csrf())
                .param("period", p.label())
                .param("commentary", "Not mine to say"))
        .andExpect(status().isForbidden());
    assertThat(exception().commentary()).isNull();
  }

  @Test
  void anEmptyCommentaryIsRefusedWithAMessageForTheOfficer() throws Exception {
    mvc.perform(
            post("/indicators/" + total.getId() + "/commentary")
                .with(users.as("officer"))
                .with(csrf())
                .param("period", p.label())
                .param("commentary", " "))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Enter the commentary, the remedial action or both")));
    assertThat(exception().commentary()).isNull();
  }
}
