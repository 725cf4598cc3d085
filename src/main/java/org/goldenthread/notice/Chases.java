package org.goldenthread.notice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Returns;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.period.Period;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * "Send a reminder now" from the late returns: a chase notice for the return's responsible officer,
 * once a day per return however often it is pressed, mailed at once through the outbox as a mail of
 * its own.
 */
@Service
public class Chases {

  private final Returns returns;
  private final IndicatorService indicators;
  private final Notices notices;
  private final NoticeRepository recorded;
  private final Outbox outbox;
  private final MailWriter writer;
  private final MailSwitch mailSwitch;
  private final PersonService people;
  private final Clock clock;

  Chases(
      Returns returns,
      Notices notices,
      NoticeRepository recorded,
      Outbox outbox,
      MailWriter writer,
      MailSwitch mailSwitch,
      PersonService people,
      IndicatorService indicators,
      Clock clock) {
    this.indicators = indicators;
    this.returns = returns;
    this.notices = notices;
    this.recorded = recorded;
    this.outbox = outbox;
    this.writer = writer;
    this.mailSwitch = mailSwitch;
    this.people = people;
    this.clock = clock;
  }

  /** Chases the return and says what happened, in words for the person who pressed the button. */
  public String chase(long indicatorId, Period period, PersonRef by) {
    LocalDate today = LocalDate.now(clock.withZone(DisplayFormats.UK));
    Return owed =
        returns.in(period, List.of(indicators.get(indicatorId)), today).stream()
            .filter(r -> r.indicatorId() == indicatorId && r.period().equals(period))
            .findFirst()
            .orElseThrow(
                () ->
                    new RecordNotFoundException("Return", indicatorId + " for " + period.label()));
    if (owed.responsibleId() == null) {
      throw new RuleViolationException(
          null, owed.code() + " has no responsible officer to remind.");
    }
    Person officer = people.get(owed.responsibleId());
    String key = "chase:" + indicatorId + ":" + period.label() + ":" + today;
    NoticeItem item =
        new NoticeItem(
            officer.getId(),
            NoticeKind.CHASE,
            key,
            owed.code() + " " + owed.title() + " for " + period.label(),
            owed.late()
                ? "These figures are late: please enter and submit them now."
                : "Please enter and submit these figures by the deadline.",
            owed.deadline(),
            "/indicators/"
                + indicatorId
                + "/enter?period="
                + URLEncoder.encode(period.label(), StandardCharsets.UTF_8).replace("+", "%20"));
    notices.record(item);
    String about = owed.code() + " for " + period.label();
    if (!mailSwitch.isOn()) {
      return "Reminder to "
          + officer.getFullName()
          + " about "
          + about
          + " recorded; mail is off, so they will see it on their home page";
    }
    if (officer.getEmail() == null || officer.getEmail().isBlank()) {
      return "Reminder to "
          + officer.getFullName()
          + " about "
          + about
          + " recorded; they have no email address, so they will see it on their home page";
    }
    Notice chase =
        recorded
            .findByPersonIdAndKindAndSubjectKey(officer.getId(), NoticeKind.CHASE, key)
            .orElseThrow();
    String from = by.name() == null ? "Someone" : by.name();
    outbox
        .queue(
            officer.getId(),
            officer.getEmail(),
            MailKind.CHASE,
            key + ":" + officer.getId(),
            java.util.List.of(chase.getId()),
            taken ->
                new Outbox.Written(
                    writer.chaseSubject(chase), writer.chase(officer.getFullName(), from, chase)))
        .ifPresent(mail -> outbox.send(mail.getId()));
    return "Reminder sent to " + officer.getFullName() + " about " + about;
  }
}
