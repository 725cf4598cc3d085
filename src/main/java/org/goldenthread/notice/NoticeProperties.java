package org.goldenthread.notice;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders and notices by email (M9), each overridable by an environment variable
 * (GOLDENTHREAD_NOTICES_ENABLED, ..._SENDER and so on; docs/configuration.md). Off until
 * configured: notices are recorded and shown on people's home pages either way, but mail goes out
 * only when {@code enabled} is true and {@code spring.mail.host} is set.
 *
 * @param enabled whether notices are mailed at all
 * @param sender the From address of every mail
 * @param baseUrl the address people reach Golden Thread at, for the links in mails
 * @param leadWorkingDays how many working days before a deadline the reminder goes
 * @param escalationWorkingDays how many working days after a deadline the line manager is told
 * @param cron when the run looks for what is due and sends what is waiting
 * @param digestAt the first run at or after this time of day (UK) makes the day's digests
 * @param attempts how many times a mail is tried before it is marked failed
 * @param backoff the wait before the second attempt; it doubles with each further one
 * @param interruptedAfter a mail left sending this long (its instance stopped) is marked
 *     interrupted, for an administrator to send again
 */
@ConfigurationProperties("goldenthread.notices")
public record NoticeProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("golden-thread@localhost") String sender,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("5") int leadWorkingDays,
    @DefaultValue("5") int escalationWorkingDays,
    @DefaultValue("0 */15 * * * *") String cron,
    @DefaultValue("07:00") LocalTime digestAt,
    @DefaultValue("5") int attempts,
    @DefaultValue("5m") Duration backoff,
    @DefaultValue("30m") Duration interruptedAfter) {

  public NoticeProperties {
    if (leadWorkingDays < 1 || escalationWorkingDays < 1 || attempts < 1) {
      throw new IllegalArgumentException(
          "Notice lead time, escalation delay and attempts must each be at least 1");
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The absolute address of a page of the product. */
  public String link(String path) {
    if (path == null || path.isBlank()) {
      return baseUrl + "/";
    }
    return path.startsWith("http") ? path : baseUrl + (path.startsWith("/") ? "" : "/") + path;
  }
}
