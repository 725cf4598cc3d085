package org.goldenthread.indicator.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.envers.Audited;

/**
 * A target for one period, with who set it and who approved it. A changed target keeps its earlier
 * amounts in the audit trail.
 */
@Entity
@Audited
public class IndicatorTarget extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Indicator indicator;

  @Column(nullable = false, length = 20)
  private Period period;

  @Column(nullable = false, precision = 19, scale = 6)
  private BigDecimal amount;

  @Column(nullable = false, length = 200)
  private String setBy;

  private Long setByPersonId;

  private Long setByAccountId;

  @Column(nullable = false)
  private Instant setAt;

  @Column(length = 200)
  private String approvedBy;

  private Long approvedByPersonId;

  private Long approvedByAccountId;

  private Instant approvedAt;

  protected IndicatorTarget() {}

  public IndicatorTarget(Indicator indicator, Period period) {
    this.indicator = indicator;
    this.period = period;
  }

  public void set(BigDecimal amount, PersonRef by, Instant at) {
    this.amount = amount;
    this.setBy = by.name();
    this.setByPersonId = by.personId();
    this.setByAccountId = by.accountId();
    this.setAt = at;
    this.approvedBy = null;
    this.approvedByPersonId = null;
    this.approvedByAccountId = null;
    this.approvedAt = null;
  }

  public void approve(PersonRef by, Instant at) {
    this.approvedBy = by.name();
    this.approvedByPersonId = by.personId();
    this.approvedByAccountId = by.accountId();
    this.approvedAt = at;
  }

  @Override
  public String label() {
    return indicator.getCode() + " target " + period.label();
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Period getPeriod() {
    return period;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public PersonRef getSetByPerson() {
    return PersonRef.recorded(setBy, setByPersonId, setByAccountId);
  }

  public PersonRef getApprovedByPerson() {
    return PersonRef.recorded(approvedBy, approvedByPersonId, approvedByAccountId);
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }
}
