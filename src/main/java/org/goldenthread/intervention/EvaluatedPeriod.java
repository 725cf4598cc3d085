package org.goldenthread.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A period of an indicator (or action) as it was last evaluated: kept so that a value being
 * corrected keeps that outcome until the correction is verified (V034). Worked out from audited
 * records, so not audited itself.
 */
@Entity
class EvaluatedPeriod extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY)
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY)
  private Action action;

  @Column(nullable = false, length = 20)
  private Period period;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(nullable = false)
  private Instant evaluatedAt;

  protected EvaluatedPeriod() {}

  EvaluatedPeriod(Indicator indicator, Action action, Period period, Outcome outcome, Instant at) {
    this.indicator = indicator;
    this.action = action;
    this.period = period;
    set(outcome, at);
  }

  void set(Outcome outcome, Instant at) {
    this.outcome = outcome;
    this.evaluatedAt = at;
  }

  @Override
  public String label() {
    return period.label() + ": " + outcome.label();
  }

  Long getIndicatorId() {
    return indicator == null ? null : indicator.getId();
  }

  Period getPeriod() {
    return period;
  }

  Outcome getOutcome() {
    return outcome;
  }
}
