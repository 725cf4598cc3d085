package org.goldenthread.report.distribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs distribution once as the application starts, so that a pack due while it was stopped (or, on
 * a first start, the demo's next management team meeting) is prepared without waiting for the
 * morning run. Through the locked run, so a second instance starting alongside does nothing.
 */
@Component
@ConditionalOnProperty(
    name = "goldenthread.scheduling.enabled",
    havingValue = "true",
    matchIfMissing = true)
class DistributionCatchUp {

  private final DistributionRun run;

  DistributionCatchUp(DistributionRun run) {
    this.run = run;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    run.run();
  }
}
