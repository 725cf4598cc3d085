package org.goldenthread.notice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.notice.Notice;
import org.goldenthread.notice.NoticeProperties;
import org.goldenthread.notice.Notices;
import org.goldenthread.notice.OutboxMail;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Mails as the outbox page and the API show them: each with its person's name and notices. */
@Component
class OutboxViews {

  record PersonView(long id, String name) {}

  record NoticeView(String kind, String title, LocalDate dueOn, String link) {}

  record MailView(
      long id,
      String kind,
      PersonView person,
      String recipient,
      String subject,
      String state,
      int attempts,
      Instant createdAt,
      Instant sentAt,
      String lastError,
      List<NoticeView> notices) {}

  private final PersonService people;
  private final Notices notices;
  private final NoticeProperties settings;

  OutboxViews(PersonService people, Notices notices, NoticeProperties settings) {
    this.people = people;
    this.notices = notices;
    this.settings = settings;
  }

  /** People with notices waiting who have no email address: they see them on their home page. */
  List<String> waitingWithoutAddress() {
    return notices.peopleWaiting().stream()
        .map(people::get)
        .filter(p -> p.getEmail() == null || p.getEmail().isBlank())
        .map(Person::getFullName)
        .sorted()
        .toList();
  }

  /** Names by person id, looked up once each. */
  Map<Long, String> names(List<OutboxMail> mails) {
    Map<Long, String> names = new HashMap<>();
    for (OutboxMail mail : mails) {
      names.computeIfAbsent(mail.getPersonId(), this::name);
    }
    return names;
  }

  String name(long personId) {
    try {
      return people.get(personId).getFullName();
    } catch (RecordNotFoundException gone) {
      return "Person " + personId;
    }
  }

  MailView of(OutboxMail mail, String name, List<Notice> notices) {
    return new MailView(
        mail.getId(),
        mail.getKind().name(),
        new PersonView(mail.getPersonId(), name),
        mail.getRecipient(),
        mail.getSubject(),
        mail.getState().name(),
        mail.getAttempts(),
        mail.getCreatedAt(),
        mail.getSentAt(),
        mail.getLastError(),
        notices.stream()
            .map(
                n ->
                    new NoticeView(
                        n.getKind().name(), n.getTitle(), n.getDueOn(), settings.link(n.getLink())))
            .toList());
  }

  /** The person an outbox filter names, by id or by (part of) their name; null for everyone. */
  Person person(String filter) {
    if (filter == null || filter.isBlank()) {
      return null;
    }
    try {
      return people.get(Long.parseLong(filter.trim()));
    } catch (NumberFormatException notAnId) {
      List<Person> found = people.search(filter.trim(), null);
      if (found.size() == 1) {
        return found.get(0);
      }
      throw new IllegalArgumentException(
          found.isEmpty()
              ? "No person is called " + filter.trim()
              : "More than one person matches " + filter.trim() + ": give more of the name");
    }
  }
}
