package org.goldenthread.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One entry in a risk's score history: its current score as assessed on a date, by whom, and what
 * changed and why. The risk's opening and every review add one; movement and the score chart read
 * them.
 */
@Entity
@Audited
public class RiskReview extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Risk risk;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ReviewKind kind;

  @Column(nullable = false)
  private LocalDate reviewedOn;

  @Column(nullable = false)
  private int currentLikelihood;

  @Column(nullable = false)
  private int currentImpact;

  @Column(length = 4000)
  private String whatChanged;

  @Column(length = 4000)
  private String why;

  @Column(nullable = false, length = 200)
  private String reviewedBy;

  private Long reviewedByPersonId;

  private Long reviewedByAccountId;

  @Column(nullable = false)
  private Instant recordedAt;

  protected RiskReview() {}

  RiskReview(
      Risk risk,
      ReviewKind kind,
      LocalDate reviewedOn,
      Score current,
      String whatChanged,
      String why,
      PersonRef by,
      Instant at) {
    this.risk = risk;
    this.kind = kind;
    this.reviewedOn = reviewedOn;
    this.currentLikelihood = current.likelihood();
    this.currentImpact = current.impact();
    this.whatChanged = whatChanged;
    this.why = why;
    this.reviewedBy = by.name();
    this.reviewedByPersonId = by.personId();
    this.reviewedByAccountId = by.accountId();
    this.recordedAt = at;
  }

  @Override
  public String label() {
    return kind.label() + " of " + risk.getCode() + " on " + reviewedOn;
  }

  public Risk getRisk() {
    return risk;
  }

  public ReviewKind getKind() {
    return kind;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public Score getCurrent() {
    return new Score(currentLikelihood, currentImpact);
  }

  public String getWhatChanged() {
    return whatChanged;
  }

  public String getWhy() {
    return why;
  }

  public PersonRef getReviewedBy() {
    return PersonRef.recorded(reviewedBy, reviewedByPersonId, reviewedByAccountId);
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
