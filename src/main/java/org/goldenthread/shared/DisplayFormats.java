package org.goldenthread.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and times as a UK council reads them, for templates: {@code ${@fmt.dateTime(x)}}. */
@Component("fmt")
public class DisplayFormats {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(UK);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
