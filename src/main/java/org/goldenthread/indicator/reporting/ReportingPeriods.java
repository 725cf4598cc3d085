package org.goldenthread.indicator.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and closing reporting periods, and whether an indicator's period is locked. */
@Service
@Transactional(readOnly = true)
public class ReportingPeriods {

  private final ReportingPeriodRepository periods;
  private final Clock clock;

  ReportingPeriods(ReportingPeriodRepository periods, Clock clock) {
    this.periods = periods;
    this.clock = clock;
  }

  public ReportingPeriod get(long id) {
    return periods
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Reporting period", id));
  }

  public Optional<ReportingPeriod> find(Period period) {
    return periods.findByPeriod(period);
  }

  /** Every reporting period, the latest first. */
  public List<ReportingPeriod> all() {
    return periods.findAll().stream()
        .sorted(Comparator.comparing(ReportingPeriod::getPeriod).reversed())
        .toList();
  }

  /** The periods officers are now reporting for, the latest first. */
  public List<ReportingPeriod> open() {
    return periods.findByState(ReportingPeriodState.OPEN).stream()
        .sorted(Comparator.comparing(ReportingPeriod::getPeriod).reversed())
        .toList();
  }

  /** Whether the council has never opened a reporting period (a new installation). */
  public boolean noneYet() {
    return periods.count() == 0;
  }

  /** Whether a value for the indicator's period is locked: a closed reporting period covers it. */
  public boolean isLocked(Period indicatorPeriod) {
    return lockedBy(indicatorPeriod).isPresent();
  }

  /** The closed reporting period that locks a value for the indicator's period, if one does. */
  public Optional<ReportingPeriod> lockedBy(Period indicatorPeriod) {
    return periods.findByState(ReportingPeriodState.CLOSED).stream()
        .filter(r -> r.covers(indicatorPeriod))
        .findFirst();
  }

  /** Every closed reporting period: what locks values (read once for many values). */
  public List<ReportingPeriod> closed() {
    return periods.findByState(ReportingPeriodState.CLOSED);
  }

  /** Opens a period for reporting; refused if it shares any figures with another one. */
  @Transactional
  public ReportingPeriod open(Period period, PersonRef by) {
    if (period == null) {
      throw new RuleViolationException("period", "Choose the period to open.");
    }
    for (ReportingPeriod other : periods.findAll()) {
      if (other.overlaps(period)) {
        throw new RuleViolationException(
            "period",
            other.getPeriod().equals(period)
                ? period.label() + " has been opened already."
                : period.label()
                    + " overlaps "
                    + other.getPeriod().label()
                    + ", which is a reporting period already.");
      }
    }
    return periods.save(new ReportingPeriod(period, by, Instant.now(clock)));
  }

  @Transactional
  public ReportingPeriod close(long id, PersonRef by) {
    return close(id, null, by);
  }

  /** Closes it, if it is still as it was seen at {@code version} (null: as it is now). */
  @Transactional
  public ReportingPeriod close(long id, Long version, PersonRef by) {
    ReportingPeriod period = get(id);
    Versioned.check("reporting period", period.getVersion(), version);
    period.close(by, Instant.now(clock));
    return period;
  }

  @Transactional
  public ReportingPeriod reopen(long id, PersonRef by) {
    return reopen(id, null, by);
  }

  /** Reopens it, if it is still as it was seen at {@code version} (null: as it is now). */
  @Transactional
  public ReportingPeriod reopen(long id, Long version, PersonRef by) {
    ReportingPeriod period = get(id);
    Versioned.check("reporting period", period.getVersion(), version);
    period.reopen(by, Instant.now(clock));
    return period;
  }
}
