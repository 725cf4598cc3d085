package org.goldenthread.intervention.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An indicator collected more often from a period on, as a clinic decided: the frequency before and
 * after, the first period at the new one, the clinic's item, who decided it and when.
 */
@Entity
@Audited
public class FrequencyChange extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY)
  private ClinicItem clinicItem;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private PeriodType fromFrequency;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private PeriodType toFrequency;

  @Column(nullable = false, length = 20)
  private Period fromPeriod;

  private Long changedByPersonId;

  @Column(nullable = false, length = 200)
  private String changedByName;

  @Column(nullable = false)
  private Instant changedAt;

  protected FrequencyChange() {}

  FrequencyChange(
      Indicator indicator,
      ClinicItem clinicItem,
      PeriodType fromFrequency,
      Period fromPeriod,
      PersonRef by,
      Instant at) {
    this.indicator = indicator;
    this.clinicItem = clinicItem;
    this.fromFrequency = fromFrequency;
    this.toFrequency = fromPeriod.type();
    this.fromPeriod = fromPeriod;
    this.changedByPersonId = by.personId();
    this.changedByName = by.name();
    this.changedAt = at;
  }

  @Override
  public String label() {
    return indicator.getCode()
        + " collected "
        + ItemChecks.often(toFrequency)
        + " from "
        + fromPeriod.label();
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public ClinicItem getClinicItem() {
    return clinicItem;
  }

  public PeriodType getFromFrequency() {
    return fromFrequency;
  }

  public PeriodType getToFrequency() {
    return toFrequency;
  }

  public Period getFromPeriod() {
    return fromPeriod;
  }

  public Long getChangedByPersonId() {
    return changedByPersonId;
  }

  public String getChangedByName() {
    return changedByName;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
