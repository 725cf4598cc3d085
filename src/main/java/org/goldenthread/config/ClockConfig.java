package org.goldenthread.config;

import java.time.Clock;
import org.goldenthread.shared.DisplayFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

  /** A council's day is a UK day: just after midnight in summer is already tomorrow. */
  @Bean
  Clock clock() {
    return Clock.system(DisplayFormats.UK);
  }
}
