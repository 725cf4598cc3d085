package org.goldenthread.report.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A report as published for a period: who published it, when, for which body, and the whole report
 * as it then stood (a {@link ReportSnapshot} as JSON). A definition is published once per period.
 */
@Entity
@Audited
public class PublishedReport extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ReportDefinition reportDefinition;

  @Column(nullable = false, length = 20)
  private String period;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 200)
  private String audience;

  @ManyToOne(fetch = FetchType.LAZY)
  private Body body;

  @Column(nullable = false)
  private Instant publishedAt;

  @Column(nullable = false, length = 200)
  private String publishedBy;

  private Long publishedByPersonId;

  private Long publishedByAccountId;

  /** Whether its cover marked it exempt from publication (M11); reports before had no cover. */
  @Column(nullable = false)
  private boolean exempt;

  // Written once and never changed; the row itself is what the audit trail records. Text (V012):
  // a report with detail for hundreds of indicators, their charts and commentary is large.
  @NotAudited
  @Column(nullable = false, columnDefinition = "text")
  private String snapshot;

  protected PublishedReport() {}

  PublishedReport(
      ReportDefinition reportDefinition,
      String period,
      Body body,
      Instant publishedAt,
      PersonRef publishedBy,
      String snapshot,
      boolean exempt) {
    this.reportDefinition = reportDefinition;
    this.period = period;
    this.title = reportDefinition.getTitle();
    this.audience = reportDefinition.getAudience();
    this.body = body;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy.name();
    this.publishedByPersonId = publishedBy.personId();
    this.publishedByAccountId = publishedBy.accountId();
    this.snapshot = snapshot;
    this.exempt = exempt;
  }

  @Override
  public String label() {
    return title + ", " + period + " (published)";
  }

  public ReportDefinition getReportDefinition() {
    return reportDefinition;
  }

  public String getPeriod() {
    return period;
  }

  public String getTitle() {
    return title;
  }

  public String getAudience() {
    return audience;
  }

  /**
   * Whether the public pages show it: only a report published to a body that meets in public
   * (Council, Cabinet, a committee) is a public paper. One published to an officer or partnership
   * board, or to no body, stays internal; so does one whose cover marked it exempt.
   */
  public boolean isPublic() {
    return body != null && body.getType().meetsInPublic() && !exempt;
  }

  public boolean isExempt() {
    return exempt;
  }

  public Body getBody() {
    return body;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public PersonRef getPublishedByPerson() {
    return PersonRef.recorded(publishedBy, publishedByPersonId, publishedByAccountId);
  }

  String getSnapshot() {
    return snapshot;
  }
}
