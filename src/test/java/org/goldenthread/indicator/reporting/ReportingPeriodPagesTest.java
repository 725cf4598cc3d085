package org.goldenthread.indicator.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team's reporting periods page: opening a period (and the refusals), closing it
 * after a confirmation, reopening it, and a stale form refused. Periods long past are used, so the
 * demo's own are not touched; everything is rolled back.
 */
@GoldenThreadTest
@Transactional
class ReportingPeriodPagesTest {

  private static final Period PAST_QUARTER = Period.parse("2019/20 Q3");

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ReportingPeriods periods;
  @Autowired EntityManager entities;

  private void open(String label) throws Exception {
    mvc.perform(
            post("/admin/reporting-periods")
                .with(users.as("admin"))
                .with(csrf())
                .param("period", label))
        .andExpect(redirectedUrl("/admin/reporting-periods"))
        .andExpect(flash().attribute("success", containsString(label + " is open")));
  }

  @Test
  void theTeamOpensAPeriodAndSeesItListedWithItsReturnsCounted() throws Exception {
    open("2019/20 Q3");
    ReportingPeriod opened = periods.find(PAST_QUARTER).orElseThrow();
    assertThat(opened.isOpen()).isTrue();
    assertThat(opened.getOpenedBy().name()).isEqualTo("Ben Taylor");
    mvc.perform(get("/admin/reporting-periods").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2019/20 Q3")))
        .andExpect(content().string(containsString("Not started")))
        .andExpect(content().string(containsString("by Ben Taylor")))
        .andExpect(
            content()
                .string(containsString("/admin/reporting-periods/" + opened.getId() + "/close")))
        .andExpect(content().string(containsString("Open the period")));
  }

  @Test
  void aPeriodOpenedAlreadyOrOverlappingOneIsRefusedWithTheReason() throws Exception {
    open("2019/20 Q3");
    mvc.perform(
            post("/admin/reporting-periods")
                .with(users.as("admin"))
                .with(csrf())
                .param("period", "2019/20 Q3"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2019/20 Q3 has been opened already.")));
    mvc.perform(
            post("/admin/reporting-periods")
                .with(users.as("admin"))
                .with(csrf())
                .param("period", "2019/20 M08"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "2019/20 M08 overlaps 2019/20 Q3, which is a reporting period already.")));
    mvc.perform(
            post("/admin/reporting-periods")
                .with(users.as("admin"))
                .with(csrf())
                .param("period", "2019/20 Q5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not a period")));
    assertThat(periods.find(Period.parse("2019/20 M08"))).isEmpty();
  }

  @Test
  void closingAsksForConfirmationSayingValuesWillBeLockedThenLocksThem() throws Exception {
    ReportingPeriod period = periods.open(PAST_QUARTER, OpenPeriods.TEAM);
    entities.flush();
    String close = "/admin/reporting-periods/" + period.getId() + "/close";
    mvc.perform(get(close).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("locks the values")))
        .andExpect(content().string(containsString("name=\"version\"")));
    assertThat(periods.isLocked(Period.parse("2019/20 M09"))).isFalse();
    mvc.perform(
            post(close)
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(period.getVersion())))
        .andExpect(redirectedUrl("/admin/reporting-periods"))
        .andExpect(flash().attribute("success", containsString("2019/20 Q3 is closed")));
    entities.flush();
    ReportingPeriod closed = periods.get(period.getId());
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.getClosedBy().name()).isEqualTo("Ben Taylor");
    assertThat(periods.isLocked(Period.parse("2019/20 M09"))).isTrue();
    assertThat(periods.isLocked(Period.parse("2019/20 Q3"))).isTrue();
    assertThat(periods.isLocked(Period.parse("2019/20 Q4"))).isFalse();

    mvc.perform(
            post("/admin/reporting-periods/" + period.getId() + "/reopen")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(closed.getVersion())))
        .andExpect(redirectedUrl("/admin/reporting-periods"))
        .andExpect(flash().attribute("success", containsString("is open again")));
    assertThat(periods.get(period.getId()).isOpen()).isTrue();
    assertThat(periods.isLocked(Period.parse("2019/20 M09"))).isFalse();
  }

  @Test
  void aStaleConfirmationGetsTheConcurrentEditMessageAndChangesNothing() throws Exception {
    ReportingPeriod period = periods.open(PAST_QUARTER, OpenPeriods.TEAM);
    entities.flush();
    long seen = period.getVersion();
    periods.close(period.getId(), OpenPeriods.TEAM);
    entities.flush();
    periods.reopen(period.getId(), OpenPeriods.TEAM);
    entities.flush();
    long current = periods.get(period.getId()).getVersion();
    mvc.perform(
            post("/admin/reporting-periods/" + period.getId() + "/close")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(seen)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change")))
        .andExpect(content().string(containsString("name=\"version\" value=\"" + current + "\"")));
    assertThat(periods.get(period.getId()).isOpen()).isTrue();
  }

  @Test
  void onlyThePerformanceTeamManagesReportingPeriods() throws Exception {
    mvc.perform(get("/admin/reporting-periods").with(users.as("manager")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/reporting-periods")
                .with(users.as("director"))
                .with(csrf())
                .param("period", "2019/20 Q3"))
        .andExpect(status().isForbidden());
    assertThat(periods.find(PAST_QUARTER)).isEmpty();
  }

  @Test
  void theAdminHomeLinksToReportingPeriodsAndLateReturns() throws Exception {
    mvc.perform(get("/").with(users.as("admin")))
        .andExpect(content().string(containsString("href=\"/admin/reporting-periods\"")))
        .andExpect(content().string(containsString("href=\"/returns\"")));
  }
}
