package org.goldenthread.indicator.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A period the council reports on, opened and closed by the performance team (SPEC §3). It covers
 * every indicator period that ends within it: a quarter's reporting period takes the quarter's
 * figures, its three months' and, at the year's end, the year's.
 */
@Entity
@Audited
public class ReportingPeriod extends BaseEntity {

  @Column(nullable = false, length = 20, unique = true)
  private Period period;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ReportingPeriodState state;

  @Column(nullable = false)
  private Instant openedAt;

  private Long openedByPersonId;
  private Long openedByAccountId;
  private String openedBy;

  private Instant closedAt;
  private Long closedByPersonId;
  private Long closedByAccountId;
  private String closedBy;

  protected ReportingPeriod() {}

  public ReportingPeriod(Period period, PersonRef by, Instant at) {
    this.period = period;
    this.state = ReportingPeriodState.OPEN;
    this.openedAt = at;
    this.openedByPersonId = by.personId();
    this.openedByAccountId = by.accountId();
    this.openedBy = by.name();
  }

  /** Locks the values of the periods it covers: a change after this needs a reason. */
  public void close(PersonRef by, Instant at) {
    if (state == ReportingPeriodState.CLOSED) {
      throw new RuleViolationException(null, period.label() + " is closed already.");
    }
    state = ReportingPeriodState.CLOSED;
    closedAt = at;
    closedByPersonId = by.personId();
    closedByAccountId = by.accountId();
    closedBy = by.name();
  }

  /** Opens a closed period again, for returns the council decides to take late. */
  public void reopen(PersonRef by, Instant at) {
    if (state == ReportingPeriodState.OPEN) {
      throw new RuleViolationException(null, period.label() + " is open already.");
    }
    state = ReportingPeriodState.OPEN;
    openedAt = at;
    openedByPersonId = by.personId();
    openedByAccountId = by.accountId();
    openedBy = by.name();
    closedAt = null;
    closedByPersonId = null;
    closedByAccountId = null;
    closedBy = null;
  }

  /** Whether an indicator's period is reported in this one: it ends within it. */
  public boolean covers(Period indicatorPeriod) {
    return period.contains(indicatorPeriod.end());
  }

  /** Whether the two reporting periods would take some of the same figures. */
  public boolean overlaps(Period other) {
    return !other.end().isBefore(period.start()) && !other.start().isAfter(period.end());
  }

  public boolean isOpen() {
    return state == ReportingPeriodState.OPEN;
  }

  public boolean isClosed() {
    return state == ReportingPeriodState.CLOSED;
  }

  @Override
  public String label() {
    return period.label();
  }

  public Period getPeriod() {
    return period;
  }

  public ReportingPeriodState getState() {
    return state;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public PersonRef getOpenedBy() {
    return PersonRef.recorded(openedBy, openedByPersonId, openedByAccountId);
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public PersonRef getClosedBy() {
    return PersonRef.recorded(closedBy, closedByPersonId, closedByAccountId);
  }
}
