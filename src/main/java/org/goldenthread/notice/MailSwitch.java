package org.goldenthread.notice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether mail goes out: notices are switched on and an SMTP server is configured ({@code
 * spring.mail.host}, without which Spring makes no mail sender). Off, notices are still recorded
 * and shown on people's home pages.
 */
@Component
public class MailSwitch {

  private final NoticeProperties settings;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final String host;

  MailSwitch(
      NoticeProperties settings,
      ObjectProvider<JavaMailSender> mailSender,
      @Value("${spring.mail.host:}") String host) {
    this.settings = settings;
    this.mailSender = mailSender;
    this.host = host;
  }

  public boolean isOn() {
    return settings.enabled() && !host.isBlank() && mailSender.getIfAvailable() != null;
  }

  /** Why mail is off, for the administrator's notice; null when it is on. */
  public String whyOff() {
    if (isOn()) {
      return null;
    }
    if (!settings.enabled()) {
      return "Reminders are not being emailed: notices are switched off. Set"
          + " GOLDENTHREAD_NOTICES_ENABLED=true and SPRING_MAIL_HOST (with its port, user and"
          + " password) to send them.";
    }
    return "Reminders are not being emailed: no mail server is set. Set SPRING_MAIL_HOST (with its"
        + " port, user and password) to send them.";
  }

  JavaMailSender sender() {
    return mailSender.getObject();
  }
}
