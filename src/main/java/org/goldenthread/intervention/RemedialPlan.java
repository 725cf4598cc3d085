package org.goldenthread.intervention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A remedial plan (SPEC §8, level 2): what the responsible officer will do, by when and the effect
 * expected, proposed to the accountable person, who agrees it or rejects it with a reason. A
 * rejected plan is revised by a new plan that names it; the rejected one is kept as it was.
 */
@Entity
@Audited
public class RemedialPlan extends BaseEntity {

  public enum State {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    REJECTED("Rejected");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Intervention intervention;

  @ManyToOne(fetch = FetchType.LAZY)
  private RemedialPlan revises;

  @Column(nullable = false, length = 4000)
  private String measures;

  @Column(nullable = false)
  private LocalDate byWhen;

  @Column(nullable = false, length = 4000)
  private String expectedEffect;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(nullable = false)
  private Long proposedByPersonId;

  @Column(nullable = false)
  private Instant proposedAt;

  private Long decidedByPersonId;

  private Instant decidedAt;

  @Column(length = 4000)
  private String rejectionReason;

  /** The ids of the actions (M4) created for the plan. */
  @ElementCollection
  @CollectionTable(
      name = "remedial_plan_action",
      joinColumns = @JoinColumn(name = "remedial_plan_id"))
  @Column(name = "action_id")
  private Set<Long> actionIds = new LinkedHashSet<>();

  protected RemedialPlan() {}

  /**
   * A plan proposed by the responsible officer; {@code revises} is the rejected plan it replaces
   * (null for the first).
   */
  public RemedialPlan(
      Intervention intervention,
      RemedialPlan revises,
      String measures,
      LocalDate byWhen,
      String expectedEffect,
      long proposedByPersonId,
      Instant at) {
    if (revises != null && revises.state != State.REJECTED) {
      throw new RuleViolationException(null, "Only a rejected plan is revised.");
    }
    this.intervention = intervention;
    this.revises = revises;
    this.measures = measures;
    this.byWhen = byWhen;
    this.expectedEffect = expectedEffect;
    this.state = State.PROPOSED;
    this.proposedByPersonId = proposedByPersonId;
    this.proposedAt = at;
  }

  public void agree(long byPersonId, Instant at) {
    decide(byPersonId, at);
    state = State.AGREED;
  }

  public void reject(long byPersonId, String reason, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("rejectionReason", "Give the reason for rejecting the plan");
    }
    decide(byPersonId, at);
    state = State.REJECTED;
    rejectionReason = reason.strip();
  }

  private void decide(long byPersonId, Instant at) {
    if (state != State.PROPOSED) {
      throw new RuleViolationException(
          null, "The plan was " + state.label().toLowerCase() + " already.");
    }
    decidedByPersonId = byPersonId;
    decidedAt = at;
  }

  public void addAction(long actionId) {
    actionIds.add(actionId);
  }

  @Override
  public String label() {
    return "Remedial plan for " + intervention.label();
  }

  public Intervention getIntervention() {
    return intervention;
  }

  public RemedialPlan getRevises() {
    return revises;
  }

  public String getMeasures() {
    return measures;
  }

  public LocalDate getByWhen() {
    return byWhen;
  }

  public String getExpectedEffect() {
    return expectedEffect;
  }

  public State getState() {
    return state;
  }

  public Long getProposedByPersonId() {
    return proposedByPersonId;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Long getDecidedByPersonId() {
    return decidedByPersonId;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Set<Long> getActionIds() {
    return Set.copyOf(actionIds);
  }
}
