package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mail off, as it is until configured (and in the tests' usual application): notices are recorded
 * and nothing is mailed, and the administrator is told how to turn mail on.
 */
@GoldenThreadTest
class MailOffTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired NoticeFixtures fixtures;
  @Autowired FixtureCouncil councils;
  @Autowired NoticeRun run;
  @Autowired Notices notices;
  @Autowired Outbox outbox;
  @Autowired MailSwitch mailSwitch;

  @Test
  void noticesAreRecordedButNothingIsWrittenToTheOutbox() {
    FixtureCouncil.Council council = fixtures.council();
    fixtures.open(councils.dueQuarter());
    assertThat(mailSwitch.isOn()).isFalse();

    run.run();

    assertThat(notices.of(council.officer().getId()))
        .extracting(Notice::getKind)
        .contains(NoticeKind.LATE);
    assertThat(notices.of(council.manager().getId()))
        .extracting(Notice::getKind)
        .contains(NoticeKind.LATE_ESCALATION);
    assertThat(outbox.all())
        .noneMatch(m -> m.getPersonId() == council.officer().getId())
        .noneMatch(m -> m.getPersonId() == council.manager().getId());
  }

  @Test
  void theAdministratorIsToldMailIsOffAndHowToTurnItOn() throws Exception {
    for (String page : new String[] {"/", "/admin/outbox"}) {
      mvc.perform(get(page).with(users.as("admin")))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Reminders are not being emailed")))
          .andExpect(content().string(containsString("GOLDENTHREAD_NOTICES_ENABLED=true")));
    }
    mvc.perform(get("/").with(users.as("officer")))
        .andExpect(content().string(not(containsString("Reminders are not being emailed"))));
  }

  @Test
  void aChaseWithMailOffIsRecordedForTheOfficersHomePage() throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    String period = councils.dueQuarter().label();
    mvc.perform(
            post("/returns/chase")
                .param("indicatorId", council.indicator().getId().toString())
                .param("period", period)
                .param("returnTo", "/returns")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(
            flash()
                .attribute(
                    "chased",
                    "Reminder to "
                        + council.officer().getFullName()
                        + " about "
                        + council.indicator().getCode()
                        + " for "
                        + period
                        + " recorded; mail is off, so they will see it on their home page"));
    assertThat(notices.of(council.officer().getId()))
        .extracting(Notice::getKind)
        .containsExactly(NoticeKind.CHASE);
  }

  @Test
  void theOutboxIsForAdministratorsOnly() throws Exception {
    mvc.perform(get("/admin/outbox").with(users.as("director"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/notices").with(users.as("officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/notices").param("state", "LOST").with(users.as("admin")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theProfileLinksToTheChoiceOfNotices() throws Exception {
    mvc.perform(get("/profile").with(users.as("officer")))
        .andExpect(content().string(containsString("/profile/notices")));
    mvc.perform(get("/profile/notices").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Figures due soon")));
  }
}
