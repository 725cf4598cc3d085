package org.goldenthread.intervention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily evaluation of every indicator and action, on one instance at a time (ShedLock): a
 * deadline that passed with no value is a missing return (SPEC §8), which no value being entered
 * would announce. Early in the morning, so the day's pages and notices show it.
 */
@Component
public class InterventionRun {

  private static final Logger log = LoggerFactory.getLogger(InterventionRun.class);

  private final InterventionEvaluation evaluation;

  InterventionRun(InterventionEvaluation evaluation) {
    this.evaluation = evaluation;
  }

  @Scheduled(cron = "${goldenthread.interventions.cron:0 15 6 * * *}", zone = "Europe/London")
  @SchedulerLock(name = "interventions", lockAtMostFor = "PT30M")
  public void run() {
    long start = System.nanoTime();
    evaluation.evaluateAll();
    log.info(
        "Intervention run: every indicator and action evaluated in {} ms",
        (System.nanoTime() - start) / 1_000_000);
  }
}
