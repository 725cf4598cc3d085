package org.goldenthread.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which demo council is loaded: {@code example} (Example Borough Council alone) or {@code large}
 * (the large generated council beside it, for the load test: GOLDENTHREAD_DEMO_COUNCIL=large), and
 * the large council's size.
 */
@ConfigurationProperties("goldenthread.demo")
record LargeCouncilProperties(
    @DefaultValue("example") String council,
    @DefaultValue("3000") int largeIndicators,
    @DefaultValue("15") int largeYears) {

  boolean large() {
    return "large".equalsIgnoreCase(council);
  }
}
