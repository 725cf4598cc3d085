package org.goldenthread.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a production install needs before anyone can sign in: the council's name and a first
 * administrator (GOLDENTHREAD_SETUP_COUNCIL_NAME, GOLDENTHREAD_SETUP_ADMIN_USERNAME,
 * GOLDENTHREAD_SETUP_ADMIN_PASSWORD). Used once, on a database with no council and no accounts.
 */
@ConfigurationProperties("goldenthread.setup")
public record FirstRunProperties(String councilName, String adminUsername, String adminPassword) {

  boolean complete() {
    return present(councilName) && present(adminUsername) && present(adminPassword);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
