package org.goldenthread.report.distribution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report distribution's settings: how many working days before a meeting its report pack is
 * prepared (GOLDENTHREAD_DISTRIBUTION_LEAD_WORKING_DAYS, 5 by default: agendas go out five clear
 * working days before the meeting), and when the run looks for packs to prepare
 * (GOLDENTHREAD_DISTRIBUTION_CRON, 06:30 each day by default).
 */
@ConfigurationProperties("goldenthread.distribution")
public record DistributionProperties(
    @DefaultValue("5") int leadWorkingDays, @DefaultValue("0 30 6 * * *") String cron) {

  public DistributionProperties {
    if (leadWorkingDays < 0) {
      throw new IllegalArgumentException(
          "The distribution lead time is a number of working days, 0 or more, not "
              + leadWorkingDays);
    }
  }
}
