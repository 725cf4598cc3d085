package org.goldenthread.report.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.notice.Notice;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.Notices;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipForm;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@GoldenThreadTest
class DistributionTest {

  /**
   * Agendas for Wednesday 30 December 2026 go out five working days before: Christmas Day and the
   * Boxing Day substitute (28 December) are not working days, so from Monday 21 December.
   */
  static final LocalDate MEETING = LocalDate.of(2026, 12, 30);

  @Autowired Distributions distributions;
  @Autowired DistributionRun run;
  @Autowired DistributionFixtures fixtures;
  @Autowired ReportService reports;
  @Autowired GovernanceService governance;
  @Autowired PublishingService publishing;
  @Autowired Notices notices;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired UserDetailsService accounts;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private void moveTo(LocalDate day) {
    clock.reset();
    clock.advance(Duration.between(TestClock.TODAY.atStartOfDay(), day.atStartOfDay()));
  }

  private List<ReportDistribution> of(DistributionFixtures.Committee c) {
    return distributions.all().stream()
        .filter(d -> d.getReportScheduleId() == c.schedule().getId())
        .toList();
  }

  private List<DistributionRecipient> recipients(ReportDistribution d) {
    return new TransactionTemplate(transactions)
        .execute(status -> List.copyOf(distributions.get(d.getId()).getRecipients()));
  }

  private List<Notice> readyNotices(long personId) {
    return notices.of(personId).stream()
        .filter(n -> n.getKind() == NoticeKind.REPORT_READY)
        .toList();
  }

  @Test
  void thePackIsPreparedFiveWorkingDaysBeforeTheMeetingCountingBankHolidays() {
    DistributionFixtures.Committee c = fixtures.committee(MEETING, false);
    assertThat(distributions.preparedFrom(MEETING)).isEqualTo(LocalDate.of(2026, 12, 21));

    moveTo(LocalDate.of(2026, 12, 18));
    run.run();
    assertThat(of(c)).isEmpty();

    moveTo(LocalDate.of(2026, 12, 21));
    run.run();
    assertThat(of(c)).hasSize(1);
  }

  @Test
  void thePackIsPreparedOncePerScheduleAndMeetingAndEachRecipientToldOnce() {
    DistributionFixtures.Committee c = fixtures.committee(MEETING, false);
    moveTo(LocalDate.of(2026, 12, 22));

    run.run();
    run.run();

    List<ReportDistribution> made = of(c);
    assertThat(made).hasSize(1);
    ReportDistribution d = made.get(0);
    assertThat(d.getState()).isEqualTo(DistributionState.READY);
    assertThat(d.getMeetingOn()).isEqualTo(MEETING);
    assertThat(d.getPeriod()).isEqualTo(Period.parse("2026/27 Q2"));
    assertThat(recipients(d))
        .extracting(DistributionRecipient::getPersonId, DistributionRecipient::getReason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(c.member().getId(), "Member"),
            org.assertj.core.groups.Tuple.tuple(c.clerk().getId(), "Clerk (democratic services)"));
    for (long person : List.of(c.member().getId(), c.clerk().getId())) {
      List<Notice> told = readyNotices(person);
      assertThat(told).hasSize(1);
      assertThat(told.get(0).getLink()).isEqualTo("/distributions/" + d.getId());
      assertThat(told.get(0).getSubjectKey()).isEqualTo("distribution:" + d.getId());
      assertThat(told.get(0).getDueOn()).isEqualTo(MEETING);
    }
  }

  @Test
  void aListOnTheScheduleReplacesTheMembersAndClerk() {
    DistributionFixtures.Committee c = fixtures.committee(MEETING, false);
    DistributionFixtures.Committee other = fixtures.committee(MEETING.plusDays(1), true);
    reports.sendTo(
        c.report().getId(), c.schedule().getId(), List.of(other.council().officer().getId()), null);
    moveTo(LocalDate.of(2026, 12, 22));

    distributions.prepareDue();

    ReportDistribution d = of(c).get(0);
    assertThat(recipients(d))
        .extracting(DistributionRecipient::getPersonId)
        .containsExactly(other.council().officer().getId());
    assertThat(readyNotices(other.council().officer().getId())).hasSize(1);
    assertThat(readyNotices(c.member().getId())).isEmpty();
  }

  @Test
  void aPackWithNobodyToSendItToIsHeldWithTheReasonAndPreparedOnceSomeoneIs() throws Exception {
    DistributionFixtures.Committee c = fixtures.committee(MEETING, true);
    moveTo(LocalDate.of(2026, 12, 22));

    distributions.prepareDue();

    ReportDistribution held = of(c).get(0);
    assertThat(held.getState()).isEqualTo(DistributionState.HELD);
    assertThat(held.getReason()).contains("Nobody to send it to");
    mvc.perform(get("/distributions/" + held.getId()).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Not prepared")))
        .andExpect(content().string(containsString("Nobody to send it to")));

    governance.addMember(
        c.body().getId(), new MembershipForm(c.member().getId(), MembershipRole.CHAIR));
    distributions.prepareDue();

    assertThat(of(c)).hasSize(1);
    assertThat(of(c).get(0).getState()).isEqualTo(DistributionState.READY);
    assertThat(readyNotices(c.member().getId())).hasSize(1);
  }

  @Test
  void aPackWhosePeriodHasNotEndedIsHeldUntilItHas() {
    // A quarterly report to a meeting on 5 January covers the quarter to December.
    DistributionFixtures.Committee c = fixtures.committee(LocalDate.of(2027, 1, 5), false);
    moveTo(LocalDate.of(2026, 12, 24));

    distributions.prepareDue();

    ReportDistribution held = of(c).get(0);
    assertThat(held.getState()).isEqualTo(DistributionState.HELD);
    assertThat(held.getReason()).startsWith("2026/27 Q3 ends on 31 December 2026");
    assertThat(readyNotices(c.member().getId())).isEmpty();

    moveTo(LocalDate.of(2027, 1, 1));
    distributions.prepareDue();

    assertThat(of(c)).singleElement().satisfies(d -> assertThat(d.isHeld()).isFalse());
    assertThat(readyNotices(c.member().getId())).hasSize(1);
  }

  @Test
  void aListSetFromAFormOpenedBeforeAnotherChangeIsRefused() {
    DistributionFixtures.Committee c = fixtures.committee(MEETING, false);
    long opened = c.schedule().getVersion();
    reports.sendTo(c.report().getId(), c.schedule().getId(), List.of(c.member().getId()), opened);

    assertThatThrownBy(
            () ->
                reports.sendTo(
                    c.report().getId(), c.schedule().getId(), List.of(c.clerk().getId()), opened))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void theClerkPublishesThePackAndAMemberMayNot() throws Exception {
    DistributionFixtures.Committee c = fixtures.committee(MEETING, false);
    moveTo(LocalDate.of(2026, 12, 22));
    distributions.prepareDue();
    long id = of(c).get(0).getId();
    String page = "/distributions/" + id;

    mvc.perform(get(page).with(user(accounts.loadUserByUsername(c.council().managerUsername()))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(">Publish</button>"))));
    mvc.perform(
            post(page + "/publish")
                .with(csrf())
                .with(user(accounts.loadUserByUsername(c.council().managerUsername()))))
        .andExpect(status().isForbidden());
    mvc.perform(post(page + "/publish").with(csrf()).with(users.as("councillor")))
        .andExpect(status().isForbidden());
    assertThat(publishing.of(c.report().getId())).isEmpty();

    mvc.perform(get(page).with(user(accounts.loadUserByUsername(c.council().officerUsername()))))
        .andExpect(content().string(containsString(">Publish</button>")));
    mvc.perform(
            post(page + "/publish")
                .with(csrf())
                .with(user(accounts.loadUserByUsername(c.council().officerUsername()))))
        .andExpect(redirectedUrl(page));

    assertThat(publishing.of(c.report().getId()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getPeriod()).isEqualTo("2026/27 Q2");
              assertThat(p.getBody().getId()).isEqualTo(c.body().getId());
            });
    ReportDistribution published = distributions.get(id);
    assertThat(published.getState()).isEqualTo(DistributionState.PUBLISHED);
    mvc.perform(get(page).with(users.as("admin")))
        .andExpect(
            content()
                .string(containsString("/reports/published/" + published.getPublishedReportId())));
  }

  @Test
  void staffAndMembersReadTheDistributionsAndPartnerUsersDoNot() throws Exception {
    DistributionFixtures.Committee c = fixtures.committee(MEETING, false);
    moveTo(LocalDate.of(2026, 12, 22));
    distributions.prepareDue();
    long id = of(c).get(0).getId();

    for (String who : List.of("officer", "councillor", "admin")) {
      mvc.perform(get("/distributions").with(users.as(who)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(c.body().getName())));
      mvc.perform(get("/distributions/" + id).with(users.as(who))).andExpect(status().isOk());
    }
    mvc.perform(get("/distributions").with(users.as("partner"))).andExpect(status().isForbidden());
    mvc.perform(get("/distributions/" + id).with(users.as("partner")))
        .andExpect(status().isForbidden());
  }
}
