package org.goldenthread.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A director's review of an intervention (SPEC §8, level 3): when, by whom, the decision and why.
 */
@Entity
@Audited
public class DirectorReview extends BaseEntity {

  /** What the director decided. */
  public enum Decision {
    PLAN_ENDORSED("The remedial plan is endorsed"),
    PLAN_TO_CHANGE("The remedial plan is to change"),
    RESOURCES_MOVED("Resources are moved"),
    REFERRED_TO_CLINIC("Referred to the performance clinic");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Intervention intervention;

  @Column(nullable = false)
  private Long reviewedByPersonId;

  @Column(nullable = false)
  private LocalDate reviewedOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private Decision decision;

  @Column(nullable = false, length = 4000)
  private String outcome;

  @Column(nullable = false)
  private Instant recordedAt;

  protected DirectorReview() {}

  public DirectorReview(
      Intervention intervention,
      long reviewedByPersonId,
      LocalDate reviewedOn,
      Decision decision,
      String outcome,
      Instant at) {
    this.intervention = intervention;
    this.reviewedByPersonId = reviewedByPersonId;
    this.reviewedOn = reviewedOn;
    this.decision = decision;
    this.outcome = outcome;
    this.recordedAt = at;
  }

  @Override
  public String label() {
    return "Director review of " + intervention.label();
  }

  public Intervention getIntervention() {
    return intervention;
  }

  public Long getReviewedByPersonId() {
    return reviewedByPersonId;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getOutcome() {
    return outcome;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
