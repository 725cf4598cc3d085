package org.goldenthread.indicator.reporting;

import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;

/**
 * Opens a reporting period for a test, or takes the one already there (the demo may have opened
 * it), reopening it if closed. Tests using it are transactional, so it is all rolled back.
 */
final class OpenPeriods {

  static final PersonRef TEAM = PersonRef.person(0, "Performance team (test)");

  private OpenPeriods() {}

  static ReportingPeriod open(ReportingPeriods periods, Period period) {
    return periods
        .find(period)
        .map(r -> r.isOpen() ? r : periods.reopen(r.getId(), TEAM))
        .orElseGet(() -> periods.open(period, TEAM));
  }
}
