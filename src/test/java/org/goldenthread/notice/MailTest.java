package org.goldenthread.notice;

import org.goldenthread.support.GoldenThreadTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with mail switched on, sending to {@link MailServer}: every test class that
 * extends this one shares one application context (on the same database as the other tests'
 * context, as a second instance would be).
 */
@GoldenThreadTest
abstract class MailTest {

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MailServer.PORT);
    registry.add("goldenthread.notices.enabled", () -> "true");
    registry.add("goldenthread.notices.base-url", () -> "https://gt.example.gov.uk");
  }
}
