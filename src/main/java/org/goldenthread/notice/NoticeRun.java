package org.goldenthread.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.DisplayFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notice run, every quarter of an hour on one instance at a time (ShedLock): it records what is
 * due from every source (each notice once), makes the day's digest for each person with notices
 * waiting (at the first run after the digest hour; one per person per day, by its dedupe key), and
 * sends what the outbox holds. A run stopped half-way leaves nothing that the next run would send
 * twice: notices wait until a mail takes them, and a mail is written once and claimed before it is
 * sent.
 */
@Component
public class NoticeRun {

  private static final Logger log = LoggerFactory.getLogger(NoticeRun.class);

  private final List<NoticeSource> sources;
  private final Notices notices;
  private final NoticeRepository waiting;
  private final NoticeSettings choices;
  private final Outbox outbox;
  private final MailWriter writer;
  private final MailSwitch mailSwitch;
  private final PersonService people;
  private final NoticeProperties settings;
  private final Clock clock;

  NoticeRun(
      List<NoticeSource> sources,
      Notices notices,
      NoticeRepository waiting,
      NoticeSettings choices,
      Outbox outbox,
      MailWriter writer,
      MailSwitch mailSwitch,
      PersonService people,
      NoticeProperties settings,
      Clock clock) {
    this.sources = sources;
    this.notices = notices;
    this.waiting = waiting;
    this.choices = choices;
    this.outbox = outbox;
    this.writer = writer;
    this.mailSwitch = mailSwitch;
    this.people = people;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(cron = "${goldenthread.notices.cron:0 */15 * * * *}", zone = "Europe/London")
  @SchedulerLock(name = "notices", lockAtMostFor = "PT30M")
  public void run() {
    LocalDateTime now = LocalDateTime.now(clock.withZone(DisplayFormats.UK));
    int recorded = recordDue(now.toLocalDate());
    int digests = 0;
    if (!now.toLocalTime().isBefore(settings.digestAt())) {
      digests = makeDigests(now.toLocalDate());
    }
    int sent = outbox.sendDue();
    log.info(
        "Notice run: {} notices recorded, {} digests written, {} mails sent",
        recorded,
        digests,
        sent);
  }

  /** Records what every source finds due today, leaving out what a person has turned off. */
  int recordDue(LocalDate today) {
    Set<Long> essentialOnly = choices.essentialOnlyPeople();
    int recorded = 0;
    for (NoticeSource source : sources) {
      List<NoticeItem> due;
      try {
        due = source.due(today);
      } catch (RuntimeException e) {
        log.error("Notices from {} not found today", source.getClass().getSimpleName(), e);
        continue;
      }
      for (NoticeItem item : due) {
        if (essentialOnly.contains(item.personId()) && !item.kind().isEssential()) {
          continue;
        }
        if (notices.record(item)) {
          recorded++;
        }
      }
    }
    return recorded;
  }

  /**
   * How long a notice may wait for a mail. Notices recorded while mail was off are shown on the
   * person's home page; switching mail on later does not send a digest of weeks-old reminders.
   */
  static final java.time.Duration STALE_AFTER = java.time.Duration.ofDays(7);

  /**
   * One digest for each person with notices waiting and an address, unless they have had today's:
   * notices found after it wait for tomorrow's. Nothing is written while mail is off, and notices
   * older than {@link #STALE_AFTER} are left out.
   */
  int makeDigests(LocalDate today) {
    if (!mailSwitch.isOn()) {
      return 0;
    }
    Set<Long> essentialOnly = choices.essentialOnlyPeople();
    Map<Long, List<Notice>> byPerson = new LinkedHashMap<>();
    java.time.Instant staleBefore = clock.instant().minus(STALE_AFTER);
    for (Notice notice : waiting.findByMailIdIsNullOrderByPersonIdAscDueOnAscIdAsc()) {
      if (notice.getKind() == NoticeKind.CHASE
          || notice.getCreatedAt().isBefore(staleBefore)
          || (essentialOnly.contains(notice.getPersonId()) && !notice.isEssential())) {
        continue;
      }
      byPerson.computeIfAbsent(notice.getPersonId(), k -> new java.util.ArrayList<>()).add(notice);
    }
    int written = 0;
    for (Map.Entry<Long, List<Notice>> entry : byPerson.entrySet()) {
      Person person = people.get(entry.getKey());
      if (person.getEmail() == null || person.getEmail().isBlank()) {
        continue;
      }
      List<Long> ids = entry.getValue().stream().map(Notice::getId).toList();
      boolean made =
          outbox
              .queue(
                  person.getId(),
                  person.getEmail(),
                  MailKind.DIGEST,
                  "digest:" + person.getId() + ":" + today,
                  ids,
                  taken ->
                      new Outbox.Written(
                          writer.digestSubject(taken.size(), today),
                          writer.digest(person.getFullName(), today, taken)))
              .isPresent();
      if (made) {
        written++;
      }
    }
    return written;
  }
}
