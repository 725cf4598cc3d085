package org.goldenthread.action.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.action.Action;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A lead officer's progress report on an action for one reporting period, with the status the
 * product suggested at the time kept beside their own.
 */
@Entity
@Audited
public class ProgressUpdate extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Action action;

  @Column(nullable = false, length = 20)
  private Period period;

  @Column(nullable = false)
  private int percentComplete;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Brag status;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Brag suggested;

  private LocalDate completedOn;

  @Column(length = 4000)
  private String commentary;

  @Column(length = 4000)
  private String remedialAction;

  @Column(nullable = false, length = 200)
  private String updatedBy;

  private Long updatedByPersonId;

  private Long updatedByAccountId;

  @Column(nullable = false)
  private Instant updatedAt;

  protected ProgressUpdate() {}

  public ProgressUpdate(Action action, Period period) {
    this.action = action;
    this.period = period;
  }

  /** Records an assessment already checked against the BRAG rules. */
  public void assess(BragRules.Assessment assessment, Brag suggested, PersonRef by, Instant at) {
    this.percentComplete =
        assessment.completedOn() != null || assessment.status() == Brag.BLUE
            ? 100
            : assessment.percentComplete();
    this.status = assessment.status();
    this.completedOn = assessment.completedOn();
    this.commentary = assessment.commentary();
    this.remedialAction = assessment.remedialAction();
    this.suggested = suggested;
    this.updatedBy = by.name();
    this.updatedByPersonId = by.personId();
    this.updatedByAccountId = by.accountId();
    this.updatedAt = at;
  }

  public boolean differsFromSuggestion() {
    return status != suggested;
  }

  @Override
  public String label() {
    return action.getCode() + " " + period.label();
  }

  public Action getAction() {
    return action;
  }

  public Period getPeriod() {
    return period;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  public Brag getStatus() {
    return status;
  }

  public Brag getSuggested() {
    return suggested;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getCommentary() {
    return commentary;
  }

  public String getRemedialAction() {
    return remedialAction;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public PersonRef getUpdatedByPerson() {
    return PersonRef.recorded(updatedBy, updatedByPersonId, updatedByAccountId);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
