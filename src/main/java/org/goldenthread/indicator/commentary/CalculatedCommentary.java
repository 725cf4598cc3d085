package org.goldenthread.indicator.commentary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.envers.Audited;

/**
 * The responsible officer's commentary and remedial action for one period of a calculated
 * indicator. An ordinary indicator's commentary comes with its entered value; a calculated one has
 * no entered value, so what is said about its figure is kept here. Every change is kept by the
 * audit trail.
 */
@Entity
@Audited
public class CalculatedCommentary extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Indicator indicator;

  @Column(nullable = false, length = 20)
  private Period period;

  @Column(length = 4000)
  private String commentary;

  @Column(length = 4000)
  private String remedialAction;

  @Column(nullable = false, length = 200)
  private String writtenBy;

  private Long writtenByPersonId;

  private Long writtenByAccountId;

  @Column(nullable = false)
  private Instant writtenAt;

  protected CalculatedCommentary() {}

  public CalculatedCommentary(Indicator indicator, Period period) {
    if (!indicator.isCalculated()) {
      throw new RuleViolationException(
          null,
          indicator.getCode()
              + " is not calculated: its commentary is entered with its value for the period.");
    }
    this.indicator = indicator;
    this.period = period;
  }

  /** Says what the figure shows and what is being done; at least one of the two is needed. */
  public void write(String commentary, String remedialAction, PersonRef by, Instant at) {
    if (commentary == null && remedialAction == null) {
      throw new RuleViolationException(
          "commentary", "Enter the commentary, the remedial action or both");
    }
    this.commentary = commentary;
    this.remedialAction = remedialAction;
    this.writtenBy = by.name();
    this.writtenByPersonId = by.personId();
    this.writtenByAccountId = by.accountId();
    this.writtenAt = at;
  }

  @Override
  public String label() {
    return indicator.getCode() + " " + period.label();
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Period getPeriod() {
    return period;
  }

  public String getCommentary() {
    return commentary;
  }

  public String getRemedialAction() {
    return remedialAction;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public PersonRef getWrittenByPerson() {
    return PersonRef.recorded(writtenBy, writtenByPersonId, writtenByAccountId);
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
