package org.goldenthread.indicator;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's indicator settings: the tolerance used when an indicator sets none
 * (GOLDENTHREAD_INDICATORS_DEFAULT_TOLERANCE, ..._DEFAULT_TOLERANCE_KIND) and the working day of
 * the month after a period by which values are due (..._DEADLINE_WORKING_DAY), and a file of bank
 * holidays to use instead of the bundled England and Wales list (..._BANK_HOLIDAYS_FILE, a CSV of
 * {@code date,title}).
 */
@ConfigurationProperties("goldenthread.indicators")
public record IndicatorProperties(
    @DefaultValue("5") BigDecimal defaultTolerance,
    @DefaultValue("PERCENT") Tolerance.Kind defaultToleranceKind,
    @DefaultValue("10") int deadlineWorkingDay,
    String bankHolidaysFile) {

  public Tolerance councilTolerance() {
    return new Tolerance(defaultTolerance, defaultToleranceKind);
  }
}
