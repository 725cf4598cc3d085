package org.goldenthread.load;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the heavy-request limiter after Spring Security and the deadline into Hibernate. */
@Configuration
class LoadConfig {

  /** Connections beyond the heavy bound kept for light requests (pages, data entry, sign-in). */
  static final int LIGHT_HEADROOM = 4;

  private static final Logger log = LoggerFactory.getLogger(LoadConfig.class);

  @Bean
  HeavyRequestLimiter heavyRequestLimiter(LoadProperties settings, BusyAnswer busy) {
    return new HeavyRequestLimiter(settings, busy);
  }

  // After the security filters (order -100): a person who is not signed in is sent to sign in
  // without taking a heavy permit.
  @Bean
  FilterRegistrationBean<HeavyRequestLimiter> heavyRequestLimiterRegistration(
      HeavyRequestLimiter limiter) {
    FilterRegistrationBean<HeavyRequestLimiter> registration =
        new FilterRegistrationBean<>(limiter);
    registration.setOrder(0);
    return registration;
  }

  @Bean
  HibernatePropertiesCustomizer requestDeadlineInHibernate() {
    return properties ->
        properties.put(AvailableSettings.STATEMENT_INSPECTOR, new DeadlineStatementInspector());
  }

  /** A pool smaller than the heavy bound plus headroom lets heavy pages starve light ones. */
  @Bean
  InitializingBean poolSizeCheck(DataSource dataSource, LoadProperties settings) {
    return () -> {
      if (dataSource instanceof HikariDataSource pool
          && pool.getMaximumPoolSize() < settings.heavyBound() + LIGHT_HEADROOM) {
        log.warn(
            "The database pool ({} connections) is small for {} heavy requests at once: give it"
                + " at least {} (SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE)",
            pool.getMaximumPoolSize(),
            settings.heavyBound(),
            settings.heavyBound() + LIGHT_HEADROOM);
      }
    };
  }
}
