package org.goldenthread.calendar.feed;

import java.time.Clock;
import org.goldenthread.calendar.CalendarFeed;
import org.goldenthread.calendar.CalendarFeeds;
import org.goldenthread.calendar.CalendarProperties;
import org.goldenthread.calendar.CalendarViews;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's or a body's calendar as an iCalendar feed, for Outlook, Google or Apple Calendar to
 * subscribe to. Nobody signs in: the private token in the address is the key, so an unknown one is
 * simply not found, and the answer is kept out of shared caches and search engines.
 */
@Controller
class CalendarFeedController {

  static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

  private final CalendarFeeds feeds;
  private final CalendarViews views;
  private final CalendarProperties properties;
  private final Clock clock;

  CalendarFeedController(
      CalendarFeeds feeds, CalendarViews views, CalendarProperties properties, Clock clock) {
    this.feeds = feeds;
    this.views = views;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/calendar/feed/{token}.ics")
  ResponseEntity<String> feed(@PathVariable String token) {
    CalendarFeed feed =
        feeds.byToken(token).orElseThrow(() -> new RecordNotFoundException("Calendar feed", "?"));
    String body =
        new IcsCalendar(properties.baseUrl(), clock.instant())
            .write(feeds.nameOf(feed), views.of(feeds.entriesOf(feed)));
    return ResponseEntity.ok()
        .contentType(TEXT_CALENDAR)
        .cacheControl(CacheControl.noCache().cachePrivate())
        .header("X-Robots-Tag", "noindex")
        .body(body);
  }
}
