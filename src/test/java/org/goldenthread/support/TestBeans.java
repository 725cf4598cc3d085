package org.goldenthread.support;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every test application (the "test" profile: the MockMvc tests and the browser tests' server
 * alike) uses in place of the real thing.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestBeans {

  /** The time, from one {@link TestClock} instead of the system clock. */
  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock();
  }

  /**
   * Passwords hashed as in production (bcrypt, stored as {@code {bcrypt}…}) but at the lowest cost:
   * signing in takes a millisecond instead of a tenth of a second, hundreds of times in a run.
   * Hashes made at the real cost still match.
   */
  @Bean
  @Primary
  PasswordEncoder cheapPasswordEncoder() {
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    encoder.setDefaultPasswordEncoderForMatches(
        PasswordEncoderFactories.createDelegatingPasswordEncoder());
    return encoder;
  }
}
