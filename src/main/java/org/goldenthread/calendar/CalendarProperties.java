package org.goldenthread.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar's settings: the address the product is reached at, from which the feeds' links (and
 * their UIDs' host) are made (GOLDENTHREAD_CALENDAR_BASE_URL).
 */
@ConfigurationProperties("goldenthread.calendar")
public record CalendarProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

  public CalendarProperties {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
