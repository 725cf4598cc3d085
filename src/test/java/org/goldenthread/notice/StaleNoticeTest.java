package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A notice that waited more than a week (mail was off) is shown, not mailed, when mail is on. */
class StaleNoticeTest extends MailTest {

  @Autowired NoticeFixtures fixtures;
  @Autowired Notices notices;
  @Autowired NoticeRun run;
  @Autowired TestClock clock;
  @Autowired Outbox outbox;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aNoticeOlderThanAWeekIsLeftOutOfTheDigestAndAFreshOneGoes() {
    FixtureCouncil.Council council = fixtures.council();
    long officer = council.officer().getId();
    notices.record(
        new NoticeItem(
            officer,
            NoticeKind.TASK_DUE,
            "test:stale:" + officer,
            "An old task",
            null,
            TestClock.TODAY,
            "/calendar/my-tasks"));
    clock.advance(Duration.ofDays(8));
    notices.record(
        new NoticeItem(
            officer,
            NoticeKind.TASK_DUE,
            "test:fresh:" + officer,
            "A new task",
            null,
            TestClock.TODAY.plusDays(8),
            "/calendar/my-tasks"));

    run.makeDigests(LocalDate.now(clock));
    outbox.sendDue();

    var mails = MailServer.to(NoticeFixtures.officerAddress(council));
    assertThat(mails).hasSize(1);
    assertThat(MailServer.text(mails.get(0))).contains("A new task").doesNotContain("An old task");
    assertThat(notices.of(officer))
        .filteredOn(n -> n.getTitle().equals("An old task"))
        .singleElement()
        .satisfies(n -> assertThat(n.getMailId()).isNull());
  }
}
