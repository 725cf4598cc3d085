package org.goldenthread.calendar.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.goldenthread.calendar.CalendarEntry;
import org.goldenthread.calendar.EntryState;
import org.goldenthread.calendar.EntryView;
import org.goldenthread.shared.DisplayFormats;

/**
 * A feed's entries as an iCalendar document (RFC 5545), written by ical4j: each entry an all-day
 * VEVENT from its window's start (or its due date) to the day after its due date, with a stable
 * UID, and a reminder the morning before the due date for a task still to do. Lines are folded at
 * 75 octets here rather than by ical4j, which counts characters and so could leave a longer line
 * where a name has accented letters.
 */
final class IcsCalendar {

  static final String PRODID = "-//Golden Thread//Council calendar//EN";
  private static final int FOLD_OCTETS = 75;
  private static final LocalTime REMINDER_AT = LocalTime.of(9, 0);

  private final String baseUrl;
  private final String host;
  private final Instant now;

  IcsCalendar(String baseUrl, Instant now) {
    this.baseUrl = baseUrl;
    String h = URI.create(baseUrl).getHost();
    this.host = h == null || h.isBlank() ? "goldenthread" : h;
    this.now = now;
  }

  /** The whole feed as text, with CRLF line endings and lines folded at 75 octets. */
  String write(String name, List<EntryView> entries) {
    Calendar calendar = build(name, entries);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("The calendar feed is not valid iCalendar", e);
    }
    return fold(out.toString());
  }

  Calendar build(String name, List<EntryView> entries) {
    List<CalendarComponent> events = new ArrayList<>();
    entries.forEach(e -> events.add(event(e)));
    List<Property> properties =
        List.of(
            new ProdId(PRODID),
            new Version(new net.fortuna.ical4j.model.ParameterList(), "2.0"),
            new CalScale(CalScale.VALUE_GREGORIAN),
            new XProperty("X-WR-CALNAME", name));
    return new Calendar(new PropertyList(properties), new ComponentList<>(events));
  }

  private VEvent event(EntryView view) {
    CalendarEntry entry = view.entry();
    String link = baseUrl + "/calendar/entries/" + entry.getId();
    List<Property> properties = new ArrayList<>();
    properties.add(new Uid("calendar-entry-" + entry.getId() + "@" + host));
    properties.add(new DtStamp(now));
    properties.add(new DtStart<>(view.startsOn()));
    properties.add(new DtEnd<>(entry.getDueOn().plusDays(1)));
    properties.add(new Summary(entry.getTitle()));
    properties.add(new Description(describe(view, link)));
    properties.add(new Url(URI.create(link)));
    properties.add(
        new Status(
            entry.getState() == EntryState.CANCELLED
                ? Status.VALUE_CANCELLED
                : Status.VALUE_CONFIRMED));
    VEvent event = new VEvent(new PropertyList(properties));
    if (view.isOpenTask()) {
      event.add(reminder(entry));
    }
    return event;
  }

  private static VAlarm reminder(CalendarEntry entry) {
    LocalDate dayBefore = entry.getDueOn().minusDays(1);
    Instant at = dayBefore.atTime(REMINDER_AT).atZone(DisplayFormats.UK).toInstant();
    return new VAlarm(
        new PropertyList(
            List.of(
                new Action(Action.VALUE_DISPLAY),
                new Trigger(at),
                new Description("Due tomorrow: " + entry.getTitle()))));
  }

  private static String describe(EntryView view, String link) {
    CalendarEntry entry = view.entry();
    StringBuilder text = new StringBuilder();
    text.append(entry.getKind().label()).append(". Owner: ").append(view.owner().name());
    text.append(". Concerns: ").append(entry.getConcerns().label());
    if (view.concerned() != null) {
      text.append(" (").append(view.concerned().name()).append(')');
    }
    text.append(". Due ").append(new DisplayFormats().date(entry.getDueOn()));
    text.append(". State: ").append(view.standing().label()).append('.');
    if (entry.getDescription() != null && !entry.getDescription().isBlank()) {
      text.append('\n').append(entry.getDescription());
    }
    text.append('\n').append(link);
    return text.toString();
  }

  /**
   * Folds each line so that none is longer than 75 octets of UTF-8 (RFC 5545 §3.1): a CRLF and a
   * space before the octet that would pass it, never inside a character.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    for (String line : unfolded.split("\r\n")) {
      int octets = 0;
      int limit = FOLD_OCTETS;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > limit) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
