package org.goldenthread.load;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much heavy work the server takes on at once, so that a crowd on the scorecard or the report
 * exports cannot starve the home page and data entry (GOLDENTHREAD_LOAD_*).
 *
 * @param maxConcurrentHeavy heavy requests that may run at once; 0 means one per processor core
 * @param heavyWait how long a heavy request waits for its turn before the busy answer
 * @param maxWaitingHeavy heavy requests that may wait for a turn at once; past it the busy answer
 *     comes at once, so that waiting heavy requests cannot hold every server thread; 0 means four
 *     for each that may run (on deadline day, with as many waiting as may run, a councillor's
 *     dashboard was refused as busy at twenty users)
 * @param retryAfter what the busy answer's Retry-After header tells the client
 * @param requestDeadline how long a heavy request may run: past it, its next database statement
 *     fails and the request ends with the busy answer, so an abandoned request stops its work
 * @param heavyPaths the heavy routes, as Spring path patterns
 * @param lightPaths routes under a heavy pattern that are light after all (progress polling)
 */
@ConfigurationProperties("goldenthread.load")
public record LoadProperties(
    @DefaultValue("0") int maxConcurrentHeavy,
    @DefaultValue("2s") Duration heavyWait,
    @DefaultValue("0") int maxWaitingHeavy,
    @DefaultValue("10s") Duration retryAfter,
    @DefaultValue("60s") Duration requestDeadline,
    @DefaultValue({
          "/indicators",
          "/indicators/export/**",
          "/indicators/import",
          "/reports/**",
          "/dashboards/**",
          "/public/annual-report/**",
          "/public/reports/**",
          "/public/data/**",
          "/public/indicators/*.csv",
          "/public/indicators/*.json",
          "/actions/export.*",
          "/actions/import",
          "/framework/import",
          "/api/v1/reports/**",
          "/api/v1/indicators/import/**",
          "/api/v1/actions/export.*",
          "/api/v1/actions/import"
        })
        List<String> heavyPaths,
    @DefaultValue({"/reports/exports/**", "/reports/new", "/reports/*/edit"})
        List<String> lightPaths) {

  /** How many may wait for a turn: the setting, or four for each that may run. */
  public int waitingBound() {
    return maxWaitingHeavy > 0 ? maxWaitingHeavy : 4 * heavyBound();
  }

  /** The bound actually applied: the setting, or the number of processor cores. */
  public int heavyBound() {
    return maxConcurrentHeavy > 0
        ? maxConcurrentHeavy
        : Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
