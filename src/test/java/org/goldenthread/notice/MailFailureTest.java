package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The mail server down: each mail is tried again later, then marked failed and shown as such. */
class MailFailureTest extends MailTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired NoticeFixtures fixtures;
  @Autowired Outbox outbox;
  @Autowired TestClock clock;

  @AfterEach
  void serverUpAndClockBack() {
    MailServer.up();
    clock.reset();
  }

  @Test
  void aMailIsRetriedWhileTheServerIsDownThenFailedThenSentAgainByTheAdministrator()
      throws Exception {
    FixtureCouncil.Council council = fixtures.council();
    String to = NoticeFixtures.officerAddress(council);
    OutboxMail mail =
        outbox
            .queue(
                council.officer().getId(),
                to,
                MailKind.REPORT,
                "failure:" + council.suffix(),
                "Report pack " + council.suffix(),
                "The pack is ready.")
            .orElseThrow();
    MailServer.down();

    outbox.sendDue();
    OutboxMail once = outbox.get(mail.getId());
    assertThat(once.getState()).isEqualTo(MailState.PENDING);
    assertThat(once.getAttempts()).isEqualTo(1);
    assertThat(once.getLastError()).isNotBlank();
    assertThat(once.getNextAttemptAt()).isAfter(clock.instant());
    outbox.sendDue();
    assertThat(outbox.get(mail.getId()).getAttempts()).as("not before its time").isEqualTo(1);

    for (int attempt = 2; attempt <= 5; attempt++) {
      clock.advance(Duration.ofHours(2));
      outbox.sendDue();
    }
    OutboxMail failed = outbox.get(mail.getId());
    assertThat(failed.getState()).isEqualTo(MailState.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(5);

    mvc.perform(get("/admin/outbox").param("state", "FAILED").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Report pack " + council.suffix()),
                        containsString(to),
                        containsString(council.officer().getFullName()),
                        containsString("✗ Failed"))));
    mvc.perform(get("/api/v1/notices").param("state", "FAILED").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.mails[?(@.id == " + mail.getId() + ")].lastError").isNotEmpty());

    MailServer.up();
    mvc.perform(
            post("/admin/outbox/{id}/send-again", mail.getId())
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(outbox.get(mail.getId()).getState()).isEqualTo(MailState.SENT);
    assertThat(MailServer.to(to)).hasSize(1);
  }
}
