package org.goldenthread.report.distribution;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily run that prepares the report packs of the meetings coming up, on one instance. */
@Component
public class DistributionRun {

  private final Distributions distributions;

  DistributionRun(Distributions distributions) {
    this.distributions = distributions;
  }

  /**
   * Prepares each pack due. Void: a run skipped because another instance holds the lock returns
   * nothing.
   */
  @Scheduled(cron = "${goldenthread.distribution.cron:0 30 6 * * *}", zone = "Europe/London")
  @SchedulerLock(name = "distribution")
  public void run() {
    distributions.prepareDue();
  }
}
