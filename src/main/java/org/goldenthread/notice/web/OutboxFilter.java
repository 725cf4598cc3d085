package org.goldenthread.notice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.notice.MailState;
import org.goldenthread.notice.OutboxMail;
import org.goldenthread.organisation.Person;
import org.goldenthread.shared.DisplayFormats;

/** The outbox's filters, read from the address; every problem named, nothing silently ignored. */
record OutboxFilter(MailState state, Person person, Instant since, List<String> problems) {

  static OutboxFilter read(OutboxViews views, String state, String person, String since) {
    List<String> problems = new ArrayList<>();
    MailState chosen = null;
    if (state != null && !state.isBlank()) {
      try {
        chosen = MailState.valueOf(state.trim().toUpperCase());
      } catch (IllegalArgumentException e) {
        problems.add("state must be PENDING, SENDING, SENT, FAILED or INTERRUPTED, not " + state);
      }
    }
    Person who = null;
    try {
      who = views.person(person);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    } catch (RuntimeException e) {
      problems.add("No person has the id " + person);
    }
    Instant from = null;
    if (since != null && !since.isBlank()) {
      try {
        from = LocalDate.parse(since.trim()).atStartOfDay(DisplayFormats.UK).toInstant();
      } catch (DateTimeParseException e) {
        problems.add("since must be a date such as 2026-12-01, not " + since);
      }
    }
    return new OutboxFilter(chosen, who, from, problems);
  }

  boolean matches(OutboxMail mail) {
    return (state == null || mail.getState() == state)
        && (person == null || mail.getPersonId() == person.getId())
        && (since == null || !mail.getCreatedAt().isBefore(since));
  }
}
