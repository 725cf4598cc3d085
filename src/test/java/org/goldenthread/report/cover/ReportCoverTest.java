package org.goldenthread.report.cover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.PortfolioForm;
import org.goldenthread.period.Period;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A report's cover as an agenda item: its defaults from the schedule, body and scope, the form's
 * refusals (every problem at once, a stale form), the audit trail, the next period's cover starting
 * from this one, and what publishing keeps of it. Not transactional, as the audit trail is written
 * when a change is committed; every record is the test's own.
 */
@GoldenThreadTest
class ReportCoverTest {

  static final LocalDate MEETING = LocalDate.of(2026, 12, 9);

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired ReportService reports;
  @Autowired ReportCovers covers;
  @Autowired GovernanceService governance;
  @Autowired PersonService people;
  @Autowired PublishingService publishing;
  @Autowired AuditTrail audit;

  FixtureCouncil.Council council;
  Body cabinet;
  Person holder;
  ReportDefinition definition;
  Period quarter;

  /**
   * A plan report (the fixture council's plan, owned by its head of service) sent to a Cabinet of
   * its own meeting on 9 December, with a portfolio covering the plan's service.
   */
  @BeforeEach
  void aPlanReportToCabinet() {
    council = fixtures.create();
    quarter = fixtures.dueQuarter();
    cabinet =
        governance.createBody(
            new BodyForm(FixtureCouncil.unique("Cabinet"), BodyType.CABINET, null, null, null));
    holder =
        people.create(
            new PersonForm(
                "Cllr " + FixtureCouncil.unique("Holder"),
                PersonType.COUNCILLOR,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null));
    governance.createPortfolio(
        new PortfolioForm(
            FixtureCouncil.unique("Portfolio"),
            holder.getId(),
            null,
            List.of(council.service().getId()),
            null));
    definition =
        reports.create(
            ReportServiceTest.form(
                FixtureCouncil.unique("Plan report"), ScopeKind.PLAN, council.plan().getId()),
            named("admin"));
    reports.schedule(definition.getId(), cabinet.getId(), Frequency.QUARTERLY, MEETING);
  }

  @Test
  void aNewCoverStartsFromTheScheduleTheBodyAndTheScope() throws Exception {
    CoverForm form = covers.form(definition.getId(), quarter, null, null);
    assertThat(form.version()).isNull();
    assertThat(form.bodyId()).isEqualTo(cabinet.getId());
    assertThat(form.meetingDate()).isEqualTo(MEETING);
    assertThat(form.title()).isEqualTo(definition.getTitle());
    // The directorate has no director recorded: the head of the plan's service, by post.
    assertThat(form.reportOf()).isEqualTo("Head of service");
    assertThat(form.portfolioHolder()).startsWith(holder.getFullName() + ", Portfolio-");
    assertThat(form.contactOfficerId()).isEqualTo(council.manager().getId());
    assertThat(form.wards()).isEqualTo("All wards");
    assertThat(form.keyDecision()).isFalse();
    assertThat(form.exempt()).isFalse();
    assertThat(form.purpose()).contains(quarter.label(), council.plan().getTitle());
    assertThat(form.recommendations()).isNull();
    assertThat(form.financialImplications()).isNull();

    mvc.perform(get(page()).with(users.as(council.managerUsername())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The report’s cover"),
                        containsString("value=\"2026-12-09\""),
                        containsString("Head of service"),
                        containsString("All wards"))));
  }

  @Test
  void anOfficerMayNotPrepareTheCover() throws Exception {
    mvc.perform(get(page()).with(users.as(council.officerUsername())))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyProblemIsNamedAtOnceAndNothingIsSaved() throws Exception {
    mvc.perform(
            post(page())
                .with(users.as(council.managerUsername()))
                .with(csrf())
                .param("bodyId", String.valueOf(cabinet.getId()))
                .param("keyDecision", "true")
                .param("exempt", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("There is a problem"),
                        containsString("Enter the date of the meeting"),
                        containsString("Enter the report’s title"),
                        containsString("Enter who the report is from"),
                        containsString("Choose the contact officer"),
                        containsString("Enter the wards affected"),
                        containsString("Enter the purpose of the report"),
                        containsString("Enter at least one recommendation"),
                        containsString("Enter the reasons for the recommendations"),
                        containsString("Enter the forward plan reference"),
                        containsString("Choose the paragraph of Schedule 12A"))));
    assertThat(covers.find(definition.getId(), quarter, cabinet.getId())).isEmpty();
  }

  @Test
  void aManagerSavesTheCoverWhichIsAuditedAndAStaleFormIsRefused() throws Exception {
    mvc.perform(filled(null).param("agendaItem", "7"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("success", containsString("cover")));
    ReportCover saved = covers.find(definition.getId(), quarter, cabinet.getId()).orElseThrow();
    assertThat(saved.recommendationList())
        .containsExactly(
            "Cabinet notes the performance for the quarter.",
            "Cabinet asks for a remedial plan for each red indicator.");
    assertThat(saved.getContactOfficerName()).isEqualTo(council.officer().getFullName());
    assertThat(saved.getForwardPlanReference()).isEqualTo("FP/26/14");
    List<RecordChange> history = audit.historyOf(ReportCover.class, saved.getId());
    assertThat(history).extracting(RecordChange::actor).containsOnly(council.managerUsername());

    mvc.perform(filled(saved.getVersion()).param("agendaItem", "8"))
        .andExpect(status().is3xxRedirection());
    // The form opened before that change is refused, and what it held is shown again.
    mvc.perform(filled(saved.getVersion()).param("agendaItem", "9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change to this cover")));
    // So is a form for a new cover, when someone has saved one first.
    mvc.perform(filled(null))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change to this cover")));
    assertThat(covers.find(definition.getId(), quarter, cabinet.getId()).orElseThrow())
        .extracting(ReportCover::getAgendaItem)
        .isEqualTo("8");
  }

  @Test
  void theNextPeriodsCoverStartsFromThisOneButNotItsRecommendations() throws Exception {
    mvc.perform(filled(null).param("agendaItem", "7")).andExpect(status().is3xxRedirection());
    CoverForm next = covers.form(definition.getId(), quarter.next(), null, null);
    assertThat(next.version()).isNull();
    assertThat(next.reportOf()).isEqualTo("Director of Place");
    assertThat(next.contactOfficerId()).isEqualTo(council.officer().getId());
    assertThat(next.wards()).isEqualTo("Town ward and Riverside ward");
    assertThat(next.purpose()).isEqualTo("To report how the plan is going.");
    assertThat(next.recommendations()).isNull();
    assertThat(next.reasons()).isNull();
    assertThat(next.keyDecision()).isFalse();
    assertThat(next.agendaItem()).isNull();
  }

  @Test
  void publishingKeepsTheCoverAndAnExemptReportIsNotPublic() throws Exception {
    mvc.perform(filled(null)).andExpect(status().is3xxRedirection());
    PublishedReport open =
        publishing.publish(definition.getId(), quarter, cabinet.getId(), named("director"));
    assertThat(open.isPublic()).isTrue();
    var kept = publishing.snapshot(open).cover();
    assertThat(kept.recommendations()).hasSize(2);
    assertThat(kept.contactName()).isEqualTo(council.officer().getFullName());
    assertThat(kept.contactPost()).isEqualTo("Performance officer");
    assertThat(kept.implications())
        .extracting(i -> i.heading())
        .containsExactly("Financial implications", "Risk implications");
    mvc.perform(get("/public/reports/" + open.getId()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Cabinet notes the performance for the quarter."),
                        containsString("Yes (forward plan reference FP/26/14)"))))
        .andExpect(
            content().string(org.hamcrest.Matchers.not(containsString(holder.getFullName()))));

    Period earlier = quarter.previous();
    mvc.perform(filled(null, earlier, true).param("exemptParagraph", "3"))
        .andExpect(status().is3xxRedirection());
    PublishedReport exempt =
        publishing.publish(definition.getId(), earlier, cabinet.getId(), named("director"));
    assertThat(exempt.isPublic()).isFalse();
    assertThat(publishing.snapshot(exempt).cover().accessText())
        .startsWith("Exempt under paragraph 3 of Schedule 12A");
    mvc.perform(get("/public/reports/" + exempt.getId())).andExpect(status().isNotFound());
  }

  private String page() {
    return "/reports/" + definition.getId() + "/cover?period=" + quarter.label();
  }

  private MockHttpServletRequestBuilder filled(Long version) {
    return filled(version, quarter, false);
  }

  private MockHttpServletRequestBuilder filled(Long version, Period period, boolean exempt) {
    MockHttpServletRequestBuilder request =
        post("/reports/" + definition.getId() + "/cover")
            .param("period", period.label())
            .with(users.as(council.managerUsername()))
            .with(csrf())
            .param("bodyId", String.valueOf(cabinet.getId()))
            .param("meetingDate", MEETING.toString())
            .param("title", "Quarterly performance report")
            .param("reportOf", "Director of Place")
            .param("portfolioHolder", holder.getFullName() + ", Cabinet Member for Place")
            .param("contactOfficerId", String.valueOf(council.officer().getId()))
            .param("wards", "Town ward and Riverside ward")
            .param("keyDecision", "true")
            .param("forwardPlanReference", "FP/26/14")
            .param("exempt", String.valueOf(exempt))
            .param("purpose", "To report how the plan is going.")
            .param(
                "recommendations",
                "1. Cabinet notes the performance for the quarter.\n\n"
                    + "Cabinet asks for a remedial plan for each red indicator.")
            .param("reasons", "So that Cabinet can hold services to account.")
            .param("financialImplications", "Met from existing budgets.")
            .param("riskImplications", "Two red indicators carry a risk to the annual target.");
    return version == null ? request : request.param("version", String.valueOf(version));
  }
}
