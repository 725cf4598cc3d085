package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.goldenthread.GoldenThreadApplication;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly once: two callers of the run at once, two senders racing on the same mails, a second
 * application instance on the same database, a mail left half-sent by a crash and a run stopped
 * after recording its notices. Each fixture person still gets one mail for the day.
 */
class ExactlyOnceTest extends MailTest {

  @Autowired NoticeFixtures fixtures;
  @Autowired NoticeRun run;
  @Autowired Outbox outbox;
  @Autowired OutboxMailRepository mails;
  @Autowired Notices notices;
  @Autowired TestClock clock;
  @Autowired Environment environment;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private FixtureCouncil.Council lateCouncil() {
    FixtureCouncil.Council council = fixtures.council();
    fixtures.open(dueQuarter());
    return council;
  }

  private static org.goldenthread.period.Period dueQuarter() {
    return org.goldenthread.period.Period.containing(
            TestClock.TODAY, org.goldenthread.period.PeriodType.QUARTER)
        .previous();
  }

  @Test
  void twoCallersOfTheRunAndTwoSendersAtOnceMailEachPersonOnce() throws Exception {
    FixtureCouncil.Council council = lateCouncil();
    LocalDate today = TestClock.TODAY;
    List<Callable<Object>> racers = new ArrayList<>();
    racers.add(() -> run(run::run));
    racers.add(() -> run(run::run));
    // Past the lock, as if ShedLock's row had expired under a slow run.
    racers.add(() -> run(() -> run.recordDue(today)));
    racers.add(() -> run(() -> run.makeDigests(today)));
    racers.add(() -> run(() -> run.makeDigests(today)));
    racers.add(() -> run(outbox::sendDue));
    racers.add(() -> run(outbox::sendDue));
    race(racers);
    outbox.sendDue();
    run.run();

    assertOneMailEach(council);
  }

  @Test
  void aSecondInstanceOnTheSameDatabaseSendsNothingTwice() throws Exception {
    FixtureCouncil.Council council = lateCouncil();
    try (ConfigurableApplicationContext second = secondInstance()) {
      NoticeRun other = second.getBean(NoticeRun.class);
      Outbox otherOutbox = second.getBean(Outbox.class);
      List<Callable<Object>> racers = new ArrayList<>();
      racers.add(() -> run(run::run));
      racers.add(() -> run(other::run));
      racers.add(() -> run(() -> run.makeDigests(TestClock.TODAY)));
      racers.add(() -> run(() -> other.makeDigests(TestClock.TODAY)));
      racers.add(() -> run(outbox::sendDue));
      racers.add(() -> run(otherOutbox::sendDue));
      race(racers);
      other.run();
      run.run();
    }
    assertOneMailEach(council);
  }

  @Test
  void aMailLeftSendingByAStoppedInstanceIsMarkedInterruptedAndSentOnlyWhenAskedAgain() {
    FixtureCouncil.Council council = fixtures.council();
    String to = NoticeFixtures.officerAddress(council);
    OutboxMail mail =
        outbox
            .queue(
                council.officer().getId(),
                to,
                MailKind.REPORT,
                "test:" + council.suffix(),
                "Quarterly report pack",
                "The pack is ready.")
            .orElseThrow();
    Integer claimed =
        new TransactionTemplate(transactions)
            .execute(s -> mails.claim(mail.getId(), clock.instant()));
    assertThat(claimed).isEqualTo(1);

    outbox.sendDue();
    assertThat(outbox.get(mail.getId()).getState()).isEqualTo(MailState.SENDING);
    clock.advance(Duration.ofMinutes(31));
    outbox.sendDue();
    OutboxMail interrupted = outbox.get(mail.getId());
    assertThat(interrupted.getState()).isEqualTo(MailState.INTERRUPTED);
    assertThat(interrupted.getLastError()).contains("may or may not have been sent");
    assertThat(MailServer.to(to)).isEmpty();

    outbox.sendAgain(mail.getId());
    outbox.sendDue();
    assertThat(outbox.get(mail.getId()).getState()).isEqualTo(MailState.SENT);
    assertThat(MailServer.to(to)).hasSize(1);
  }

  @Test
  void aRunStoppedAfterRecordingItsNoticesSendsThemInOneDigestNextTime() {
    FixtureCouncil.Council council = lateCouncil();
    run.recordDue(TestClock.TODAY);
    assertThat(notices.of(council.officer().getId()))
        .extracting(Notice::getKind)
        .contains(NoticeKind.LATE);
    assertThat(MailServer.to(NoticeFixtures.officerAddress(council))).isEmpty();

    run.run();
    run.run();
    assertOneMailEach(council);
    assertThat(MailServer.text(MailServer.to(NoticeFixtures.officerAddress(council)).get(0)))
        .contains("Figures late: " + council.indicator().getCode());
  }

  private void assertOneMailEach(FixtureCouncil.Council council) {
    assertThat(MailServer.to(NoticeFixtures.officerAddress(council))).hasSize(1);
    assertThat(MailServer.to(NoticeFixtures.managerAddress(council))).hasSize(1);
    assertThat(notices.of(council.officer().getId()))
        .allSatisfy(n -> assertThat(n.getMailId()).isNotNull());
  }

  private ConfigurableApplicationContext secondInstance() {
    return new SpringApplicationBuilder(GoldenThreadApplication.class)
        .web(WebApplicationType.SERVLET)
        .profiles("test")
        .properties(
            "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + MailServer.PORT,
            "goldenthread.notices.enabled=true",
            "spring.flyway.enabled=false",
            "spring.jmx.enabled=false",
            "server.port=0")
        .run();
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
  }

  private static void race(List<Callable<Object>> racers) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(racers.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> done = new ArrayList<>();
      for (Callable<Object> racer : racers) {
        done.add(
            threads.submit(
                () -> {
                  start.await();
                  return racer.call();
                }));
      }
      start.countDown();
      for (Future<Object> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
  }
}
