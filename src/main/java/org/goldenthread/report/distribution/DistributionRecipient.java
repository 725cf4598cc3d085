package org.goldenthread.report.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/** A person told that a meeting's report pack is ready, with their name and why, as then. */
@Entity
@Audited
public class DistributionRecipient extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ReportDistribution reportDistribution;

  @Column(nullable = false)
  private long personId;

  @Column(nullable = false, length = 200)
  private String name;

  /** "Member", "Clerk (democratic services)", or "On the schedule's list". */
  @Column(nullable = false, length = 100)
  private String reason;

  protected DistributionRecipient() {}

  DistributionRecipient(ReportDistribution distribution, Recipient recipient) {
    this.reportDistribution = distribution;
    this.personId = recipient.personId();
    this.name = recipient.name();
    this.reason = recipient.reason();
  }

  @Override
  public String label() {
    return name;
  }

  public long getPersonId() {
    return personId;
  }

  public String getName() {
    return name;
  }

  public String getReason() {
    return reason;
  }
}
