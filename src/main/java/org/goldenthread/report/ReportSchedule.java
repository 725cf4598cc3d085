package org.goldenthread.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** Which body receives a report, how often, and when it is next due (SPEC §7). */
@Entity
@Audited
public class ReportSchedule extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ReportDefinition reportDefinition;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Body body;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Frequency frequency;

  @Column(nullable = false)
  private LocalDate nextDue;

  /** The people the report goes to instead of the body's members and clerk; empty for those. */
  @ManyToMany
  @JoinTable(
      name = "report_schedule_recipient",
      joinColumns = @JoinColumn(name = "report_schedule_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> recipients = new LinkedHashSet<>();

  protected ReportSchedule() {}

  ReportSchedule(
      ReportDefinition reportDefinition, Body body, Frequency frequency, LocalDate nextDue) {
    this.reportDefinition = reportDefinition;
    this.body = body;
    this.frequency = frequency;
    this.nextDue = nextDue;
  }

  /** The body has met and received the report: it is next due one interval after the meeting. */
  public void received(LocalDate meeting) {
    this.nextDue = frequency.after(meeting);
  }

  /** Sends the report to these people instead of the body's members and clerk; none: to those. */
  public void sendTo(Collection<Person> people) {
    recipients.retainAll(people);
    recipients.addAll(people);
  }

  @Override
  public String label() {
    return reportDefinition.getTitle() + " to " + body.getName() + ", " + frequency.label();
  }

  public ReportDefinition getReportDefinition() {
    return reportDefinition;
  }

  public Body getBody() {
    return body;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public LocalDate getNextDue() {
    return nextDue;
  }

  public Set<Person> getRecipients() {
    return Collections.unmodifiableSet(recipients);
  }
}
