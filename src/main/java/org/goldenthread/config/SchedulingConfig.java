package org.goldenthread.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work (the notice run, report distribution) runs on one instance at a time: a method
 * marked {@code @SchedulerLock} takes a row of the {@code shedlock} table first (V029), by the
 * database's clock, so that a second instance on the same database skips the run. The lock holds
 * whether or not the schedule itself runs: tests switch the schedule off ({@code
 * goldenthread.scheduling.enabled=false}) and call the same methods themselves.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfig {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }

  /** The schedule itself, on unless switched off. */
  @Configuration
  @EnableScheduling
  @ConditionalOnProperty(
      name = "goldenthread.scheduling.enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class Schedule {}
}
