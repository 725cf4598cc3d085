package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.period.Period;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * THE quarter walk: the clock moves a day at a time from New Year's Day 2027 to past the third
 * quarter's deadline, the notice run going each day as the schedule would, against a real SMTP
 * server. The deadline is the 10th working day of January: New Year's Day, a bank holiday, does not
 * count, so it is Friday 15 January (Thursday 14th if the holiday were counted).
 */
class QuarterWalkTest extends MailTest {

  static final Period Q3 = Period.quarter(2026, 3);
  static final LocalDate DEADLINE = LocalDate.of(2027, 1, 15);

  @Autowired NoticeFixtures fixtures;
  @Autowired NoticeRun run;
  @Autowired Notices notices;
  @Autowired Outbox outbox;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void remindsFiveWorkingDaysAheadThenLateThenTellsTheManagerAndNobodyTwice() {
    FixtureCouncil.Council council = fixtures.council();
    fixtures.open(Q3);
    String officer = NoticeFixtures.officerAddress(council);
    String manager = NoticeFixtures.managerAddress(council);
    String code = council.indicator().getCode();

    clock.advance(Duration.between(TestClock.START, Instant.parse("2027-01-01T10:00:00Z")));
    java.util.Set<String> seen = new java.util.HashSet<>();
    MailServer.newSince(seen);
    Map<String, LocalDate> firstDay = new HashMap<>();
    Map<String, List<LocalDate>> daysOfMails = new HashMap<>();
    for (LocalDate day = LocalDate.of(2027, 1, 1);
        !day.isAfter(LocalDate.of(2027, 1, 29));
        day = day.plusDays(1)) {
      run.run();
      for (MimeMessage mail : MailServer.newSince(seen)) {
        String to = MailServer.recipient(mail);
        daysOfMails.computeIfAbsent(to, k -> new ArrayList<>()).add(day);
        String text = MailServer.text(mail);
        if (text.contains(code + " ") && text.contains("for 2026/27 Q3")) {
          for (String kind :
              List.of("Figures due soon", "Figures late:", "Figures late in your team")) {
            if (text.contains(kind)) {
              firstDay.putIfAbsent(to + " " + kind, day);
            }
          }
        }
      }
      clock.advance(Duration.ofDays(1));
    }

    assertThat(firstDay)
        .as(
            "the reminder 5 working days before 15 January, the late notice the day after it,"
                + " the manager's escalation 5 working days after it")
        .containsEntry(officer + " Figures due soon", LocalDate.of(2027, 1, 8))
        .containsEntry(officer + " Figures late:", LocalDate.of(2027, 1, 16))
        .containsEntry(manager + " Figures late in your team", LocalDate.of(2027, 1, 22))
        .doesNotContainKey(manager + " Figures due soon")
        .doesNotContainKey(officer + " Figures late in your team");
    daysOfMails.forEach(
        (to, days) ->
            assertThat(days)
                .as(
                    "one mail a day at most to "
                        + to
                        + outbox.all().stream()
                            .filter(m -> m.getRecipient().equals(to))
                            .map(m -> m.getDedupeKey() + " " + m.getSubject())
                            .toList())
                .doesNotHaveDuplicates());

    // The reminder says by when, and links to the page where the figures are entered.
    MimeMessage reminder =
        MailServer.to(officer).stream()
            .filter(m -> MailServer.text(m).contains("Figures due soon"))
            .findFirst()
            .orElseThrow();
    assertThat(MailServer.text(reminder))
        .contains("Due by Friday 15 January 2027.")
        .contains(
            "https://gt.example.gov.uk/indicators/"
                + council.indicator().getId()
                + "/enter?period=2026%2F27%20Q3")
        .contains("https://gt.example.gov.uk/profile/notices");

    // Every notice the officer and manager were given went in a mail, and that mail names it.
    for (long person : List.of(council.officer().getId(), council.manager().getId())) {
      for (Notice notice : notices.of(person)) {
        assertThat(notice.getMailId()).as(notice.getTitle() + " mailed").isNotNull();
        OutboxMail mail = outbox.get(notice.getMailId());
        assertThat(mail.getState()).isEqualTo(MailState.SENT);
        assertThat(mail.getBody()).contains(notice.getTitle());
      }
    }
  }
}
