package org.goldenthread.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.PersonRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private addresses of the calendar feeds: one per person (their entries and their bodies'),
 * one per body. A token is 256 random bits, URL-safe; making a new one retires the old at once.
 * Tokens are never audited or logged: the log says who made a new address, not what it is.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarFeeds.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;

  private final CalendarFeedRepository feeds;
  private final CalendarService calendar;
  private final PersonService people;
  private final GovernanceService governance;
  private final Clock clock;

  CalendarFeeds(
      CalendarFeedRepository feeds,
      CalendarService calendar,
      PersonService people,
      GovernanceService governance,
      Clock clock) {
    this.feeds = feeds;
    this.calendar = calendar;
    this.people = people;
    this.governance = governance;
    this.clock = clock;
  }

  public Optional<CalendarFeed> byToken(String token) {
    return token == null || token.isBlank() ? Optional.empty() : feeds.findByToken(token);
  }

  public Optional<CalendarFeed> ofPerson(long personId) {
    return feeds.findByPersonId(personId);
  }

  public Optional<CalendarFeed> ofBody(long bodyId) {
    return feeds.findByBodyId(bodyId);
  }

  /** The person's feed with a new address (made if they had none); the old address stops. */
  @Transactional
  public CalendarFeed renewForPerson(long personId, PersonRef by) {
    return renew(
        feeds.findByPersonId(personId),
        token -> CalendarFeed.ofPerson(people.get(personId), token, clock.instant()),
        "person " + personId,
        by);
  }

  /** The body's feed with a new address (made if it had none); the old address stops. */
  @Transactional
  public CalendarFeed renewForBody(long bodyId, PersonRef by) {
    return renew(
        feeds.findByBodyId(bodyId),
        token -> CalendarFeed.ofBody(governance.body(bodyId), token, clock.instant()),
        "body " + bodyId,
        by);
  }

  /** Who made a new address goes to the log, never the token: it is the feed's key. */
  private CalendarFeed renew(
      Optional<CalendarFeed> existing,
      java.util.function.Function<String, CalendarFeed> made,
      String whose,
      PersonRef by) {
    String token = newToken();
    CalendarFeed feed =
        existing
            .map(
                f -> {
                  f.renew(token, clock.instant());
                  return f;
                })
            .orElseGet(() -> feeds.save(made.apply(token)));
    LOG.info(
        "New calendar feed address for {} made by {} (person {}, account {})",
        whose,
        by.name(),
        by.personId(),
        by.accountId());
    return feed;
  }

  /** What the feed holds: a person's entries and their bodies', or a body's. */
  public List<CalendarEntry> entriesOf(CalendarFeed feed) {
    return feed.getPerson() != null
        ? calendar.ofPersonAndTheirBodies(feed.getPerson().getId())
        : calendar.ofBody(feed.getBody().getId());
  }

  /** The feed's name in a calendar program. */
  public String nameOf(CalendarFeed feed) {
    return feed.getPerson() != null
        ? "Council calendar: " + feed.getPerson().getFullName()
        : "Council calendar: " + feed.getBody().getName();
  }

  static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
