package org.goldenthread.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One approval of a plan: which body decided, when, under which minute, who recorded it, and a copy
 * of the plan's content as approved.
 */
@Entity
@Audited
public class PlanApproval extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private Instant approvedAt;

  @Column(nullable = false)
  private LocalDate approvedOn;

  @Column(nullable = false, length = 200)
  private String recordedBy;

  private Long recordedByPersonId;

  private Long recordedByAccountId;

  @ManyToOne(fetch = FetchType.LAZY)
  private Body approvingBody;

  @Column(length = 100)
  private String decisionReference;

  // Written once and never changed; the approval row itself is what the audit trail records.
  @NotAudited
  @Column(nullable = false, length = 1_000_000)
  private String snapshot;

  protected PlanApproval() {}

  PlanApproval(
      Plan plan,
      int number,
      Instant approvedAt,
      LocalDate approvedOn,
      PersonRef recordedBy,
      Body approvingBody,
      String decisionReference,
      String snapshot) {
    this.plan = plan;
    this.number = number;
    this.approvedAt = approvedAt;
    this.approvedOn = approvedOn;
    this.recordedBy = recordedBy.name();
    this.recordedByPersonId = recordedBy.personId();
    this.recordedByAccountId = recordedBy.accountId();
    this.approvingBody = approvingBody;
    this.decisionReference = decisionReference;
    this.snapshot = snapshot;
  }

  @Override
  public String label() {
    return plan.getTitle() + ", version " + number;
  }

  public Plan getPlan() {
    return plan;
  }

  public int getNumber() {
    return number;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public LocalDate getApprovedOn() {
    return approvedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public PersonRef getRecordedByPerson() {
    return PersonRef.recorded(recordedBy, recordedByPersonId, recordedByAccountId);
  }

  public Body getApprovingBody() {
    return approvingBody;
  }

  public String getDecisionReference() {
    return decisionReference;
  }

  String getSnapshot() {
    return snapshot;
  }
}
