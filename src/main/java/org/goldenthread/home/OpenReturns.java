package org.goldenthread.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Returns;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The returns due in the reporting periods now open, as home pages count them: the whole council's
 * or some indicators', as they stand today.
 */
@Component
@Transactional(readOnly = true)
class OpenReturns {

  /** The periods open, the returns due in them, and the day they were read. */
  record Open(List<ReportingPeriod> periods, List<Return> returns, LocalDate today) {}

  private final ReportingPeriods periods;
  private final Returns returns;
  private final Clock clock;

  OpenReturns(ReportingPeriods periods, Returns returns, Clock clock) {
    this.periods = periods;
    this.returns = returns;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Every return due in the open periods. */
  Open all() {
    LocalDate today = today();
    List<ReportingPeriod> open = periods.open();
    List<Return> due = new ArrayList<>();
    open.forEach(p -> due.addAll(returns.in(p.getPeriod(), today)));
    return new Open(open, due, today);
  }

  /** The returns of these indicators due in the open periods. */
  Open of(Collection<Indicator> indicators) {
    LocalDate today = today();
    List<ReportingPeriod> open = periods.open();
    List<Return> due = new ArrayList<>();
    if (!indicators.isEmpty()) {
      open.forEach(p -> due.addAll(returns.in(p.getPeriod(), indicators, today)));
    }
    return new Open(open, due, today);
  }

  /** The deadline of a reporting period's own returns (a quarter's quarterly figures). */
  LocalDate deadline(ReportingPeriod period) {
    return returns.deadline(period.getPeriod());
  }

  /** The directorate each unit sits in (or is), by unit id; units outside one are left out. */
  static Map<Long, OrgUnit> directorates(Collection<OrgUnit> units) {
    Map<Long, OrgUnit> of = new HashMap<>();
    for (OrgUnit unit : units) {
      for (OrgUnit up = unit; up != null; up = up.getParent()) {
        if (up.getType() == OrgUnitType.DIRECTORATE) {
          of.put(unit.getId(), up);
          break;
        }
      }
    }
    return of;
  }
}
