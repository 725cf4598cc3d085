package org.goldenthread.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.Responsibility;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A plan: a community strategy, corporate plan, service business plan and so on. It groups
 * framework items, and moves through draft, submitted, approved, active and archived; the
 * transitions are guarded here.
 */
@Entity
@Audited
public class Plan extends BaseEntity {

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private PlanType type;

  @Column(length = 4000)
  private String description;

  @Column(nullable = false)
  private LocalDate periodStart;

  @Column(nullable = false)
  private LocalDate periodEnd;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person owner;

  @ManyToOne(fetch = FetchType.LAZY)
  private OrgUnit orgUnit;

  @ManyToOne(fetch = FetchType.LAZY)
  private Body approvingBody;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ReviewFrequency reviewFrequency;

  private LocalDate nextReviewDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private PlanStatus status = PlanStatus.DRAFT;

  protected Plan() {}

  public Plan(String code, String title, PlanType type, LocalDate start, LocalDate end) {
    this.code = code;
    this.title = title;
    this.type = type;
    this.reviewFrequency = ReviewFrequency.ANNUALLY;
    setPeriod(start, end);
  }

  /** Changes what the plan is; refused while it awaits approval or once archived. */
  public void describe(String code, String title, PlanType type, String description) {
    requireChangesAllowed();
    this.code = code;
    this.title = title;
    this.type = type;
    this.description = description;
  }

  public void setPeriod(LocalDate start, LocalDate end) {
    requireChangesAllowed();
    if (end.isBefore(start)) {
      throw new RuleViolationException(
          "periodEnd", "The plan must end on or after its start date.");
    }
    this.periodStart = start;
    this.periodEnd = end;
  }

  public void assign(Person owner, OrgUnit orgUnit, Body approvingBody) {
    requireChangesAllowed();
    this.owner = owner;
    this.orgUnit = orgUnit;
    this.approvingBody = approvingBody;
  }

  public void scheduleReviews(ReviewFrequency frequency, LocalDate nextReview) {
    requireChangesAllowed();
    this.reviewFrequency = frequency;
    this.nextReviewDate = nextReview;
  }

  public void submit() {
    moveTo(PlanStatus.SUBMITTED, "submitted for approval");
  }

  public void returnToDraft() {
    if (status != PlanStatus.SUBMITTED) {
      throw refused("returned to draft");
    }
    moveTo(PlanStatus.DRAFT, "returned to draft");
  }

  /** Records the decision; the next review falls one review period after it, if not already set. */
  public void approve(LocalDate decidedOn) {
    moveTo(PlanStatus.APPROVED, "approved");
    if (nextReviewDate == null || !nextReviewDate.isAfter(decidedOn)) {
      nextReviewDate = reviewFrequency.after(decidedOn);
    }
  }

  public void activate() {
    moveTo(PlanStatus.ACTIVE, "made active");
  }

  /** Starts a revision of an approved or active plan; the approved version stays on record. */
  public void revise() {
    if (status != PlanStatus.APPROVED && status != PlanStatus.ACTIVE) {
      throw refused("revised");
    }
    moveTo(PlanStatus.DRAFT, "revised");
  }

  public void archive() {
    moveTo(PlanStatus.ARCHIVED, "archived");
  }

  private void moveTo(PlanStatus target, String verb) {
    if (!status.canMoveTo(target)) {
      throw refused(verb);
    }
    status = target;
  }

  private RuleViolationException refused(String verb) {
    String why =
        switch (status) {
          case DRAFT -> "it is still a draft: submit it for approval first";
          case SUBMITTED -> "it is waiting for a decision: approve it or return it to draft first";
          case APPROVED, ACTIVE -> "it is " + status.label().toLowerCase();
          case ARCHIVED -> "it has been archived";
        };
    return new RuleViolationException(
        null, "This plan cannot be " + verb + " because " + why + ".");
  }

  void requireChangesAllowed() {
    if (status == PlanStatus.SUBMITTED) {
      throw new RuleViolationException(
          null,
          "This plan has been submitted for approval. Return it to draft before changing it.");
    }
    if (status == PlanStatus.ARCHIVED) {
      throw new RuleViolationException(null, "This plan has been archived and cannot be changed.");
    }
  }

  public boolean isReviewOverdue(LocalDate today) {
    return status != PlanStatus.ARCHIVED
        && nextReviewDate != null
        && nextReviewDate.isBefore(today);
  }

  public Responsibility responsibility() {
    return new Responsibility(
        owner == null ? null : owner.getId(), null, orgUnit == null ? null : orgUnit.getId());
  }

  @Override
  public String label() {
    return title;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public PlanType getType() {
    return type;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public Person getOwner() {
    return owner;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public Body getApprovingBody() {
    return approvingBody;
  }

  public ReviewFrequency getReviewFrequency() {
    return reviewFrequency;
  }

  public LocalDate getNextReviewDate() {
    return nextReviewDate;
  }

  public PlanStatus getStatus() {
    return status;
  }
}
