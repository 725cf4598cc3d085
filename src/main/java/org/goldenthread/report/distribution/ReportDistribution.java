package org.goldenthread.report.distribution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A report pack prepared for one meeting of the body on a report's schedule: once per schedule and
 * meeting date. Held back, with the reason, when it cannot be prepared yet; tried again until it
 * can.
 */
@Entity
@Audited
public class ReportDistribution extends BaseEntity {

  /** The schedule it was prepared for; kept as an id so that removing a schedule keeps its past. */
  @Column(nullable = false)
  private long reportScheduleId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ReportDefinition reportDefinition;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Body body;

  @Column(nullable = false)
  private LocalDate meetingOn;

  /** The period the pack covers; null when none could be chosen. */
  private Period period;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private DistributionState state;

  @Column(length = 500)
  private String reason;

  @Column(nullable = false)
  private Instant preparedAt;

  private Long publishedReportId;

  @OneToMany(mappedBy = "reportDistribution", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("name, id")
  private List<DistributionRecipient> recipients = new ArrayList<>();

  protected ReportDistribution() {}

  ReportDistribution(
      long reportScheduleId, ReportDefinition report, Body body, LocalDate meetingOn) {
    this.reportScheduleId = reportScheduleId;
    this.reportDefinition = report;
    this.body = body;
    this.meetingOn = meetingOn;
  }

  /** The pack is ready for the period, for these people. */
  void ready(Period period, List<Recipient> people, Instant at) {
    this.period = period;
    this.state = DistributionState.READY;
    this.reason = null;
    this.preparedAt = at;
    recipients.clear();
    people.forEach(p -> recipients.add(new DistributionRecipient(this, p)));
  }

  /** The pack cannot be prepared yet, for the reason given; the next run tries again. */
  void held(Period period, String why, Instant at) {
    this.period = period;
    this.state = DistributionState.HELD;
    this.reason = why;
    this.preparedAt = at;
    recipients.clear();
  }

  /** Refused unless the pack is ready and not yet published. */
  void checkPublishable() {
    if (state != DistributionState.READY) {
      throw new RuleViolationException(
          null,
          state == DistributionState.PUBLISHED
              ? "This report pack has been published already."
              : "This report pack has not been prepared, so it cannot be published: " + reason);
    }
  }

  void published(long publishedReportId) {
    checkPublishable();
    this.state = DistributionState.PUBLISHED;
    this.publishedReportId = publishedReportId;
  }

  public boolean isHeld() {
    return state == DistributionState.HELD;
  }

  public boolean isSentTo(long personId) {
    return recipients.stream().anyMatch(r -> r.getPersonId() == personId);
  }

  @Override
  public String label() {
    return reportDefinition.getTitle() + " for " + body.getName() + " on " + meetingOn;
  }

  public long getReportScheduleId() {
    return reportScheduleId;
  }

  public ReportDefinition getReportDefinition() {
    return reportDefinition;
  }

  public Body getBody() {
    return body;
  }

  public LocalDate getMeetingOn() {
    return meetingOn;
  }

  public Period getPeriod() {
    return period;
  }

  public DistributionState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }

  public Instant getPreparedAt() {
    return preparedAt;
  }

  public Long getPublishedReportId() {
    return publishedReportId;
  }

  public List<DistributionRecipient> getRecipients() {
    return Collections.unmodifiableList(recipients);
  }
}
