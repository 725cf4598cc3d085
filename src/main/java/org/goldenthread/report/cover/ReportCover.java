package org.goldenthread.report.cover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/**
 * A report's cover for one period's issue to one body: what makes it an agenda item. The contact
 * officer is kept by id with the name as recorded; the post, email and telephone printed are read
 * from the person's record when the paper is made.
 */
@Entity
@Audited
public class ReportCover extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ReportDefinition reportDefinition;

  @Column(nullable = false, length = 20)
  private String period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Body body;

  @Column(nullable = false)
  private LocalDate meetingDate;

  private String agendaItem;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String reportOf;

  private String portfolioHolder;

  @Column(nullable = false)
  private Long contactOfficerId;

  @Column(nullable = false)
  private String contactOfficerName;

  @Column(nullable = false)
  private String wards;

  @Column(nullable = false)
  private boolean keyDecision;

  private String forwardPlanReference;

  @Column(nullable = false)
  private boolean exempt;

  private Integer exemptParagraph;

  @Column(nullable = false)
  private String purpose;

  /** One recommendation a line, in order. */
  @Column(nullable = false)
  private String recommendations;

  @Column(nullable = false)
  private String reasons;

  private String financialImplications;
  private String legalImplications;
  private String equalitiesImplications;
  private String riskImplications;

  protected ReportCover() {}

  ReportCover(ReportDefinition reportDefinition, String period, Body body) {
    this.reportDefinition = reportDefinition;
    this.period = period;
    this.body = body;
  }

  /** Fills in the cover from a checked form; the contact officer is named as recorded now. */
  void fill(CoverForm form, String contactOfficerName) {
    this.meetingDate = form.meetingDate();
    this.agendaItem = CoverForm.blankToNull(form.agendaItem());
    this.title = form.title().strip();
    this.reportOf = form.reportOf().strip();
    this.portfolioHolder = CoverForm.blankToNull(form.portfolioHolder());
    this.contactOfficerId = form.contactOfficerId();
    this.contactOfficerName = contactOfficerName;
    this.wards = form.wards().strip();
    this.keyDecision = Boolean.TRUE.equals(form.keyDecision());
    this.forwardPlanReference =
        keyDecision ? CoverForm.blankToNull(form.forwardPlanReference()) : null;
    this.exempt = Boolean.TRUE.equals(form.exempt());
    this.exemptParagraph = exempt ? form.exemptParagraph() : null;
    this.purpose = form.purpose().strip();
    this.recommendations = String.join("\n", CoverForm.lines(form.recommendations()));
    this.reasons = form.reasons().strip();
    this.financialImplications = CoverForm.blankToNull(form.financialImplications());
    this.legalImplications = CoverForm.blankToNull(form.legalImplications());
    this.equalitiesImplications = CoverForm.blankToNull(form.equalitiesImplications());
    this.riskImplications = CoverForm.blankToNull(form.riskImplications());
  }

  @Override
  public String label() {
    return "Cover of " + title + " for " + body.getName() + ", " + period;
  }

  public List<String> recommendationList() {
    return Arrays.stream(recommendations.split("\n")).filter(s -> !s.isBlank()).toList();
  }

  public ReportDefinition getReportDefinition() {
    return reportDefinition;
  }

  public String getPeriod() {
    return period;
  }

  public Body getBody() {
    return body;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getAgendaItem() {
    return agendaItem;
  }

  public String getTitle() {
    return title;
  }

  public String getReportOf() {
    return reportOf;
  }

  public String getPortfolioHolder() {
    return portfolioHolder;
  }

  public Long getContactOfficerId() {
    return contactOfficerId;
  }

  public String getContactOfficerName() {
    return contactOfficerName;
  }

  public String getWards() {
    return wards;
  }

  public boolean isKeyDecision() {
    return keyDecision;
  }

  public String getForwardPlanReference() {
    return forwardPlanReference;
  }

  public boolean isExempt() {
    return exempt;
  }

  public Integer getExemptParagraph() {
    return exemptParagraph;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getRecommendations() {
    return recommendations;
  }

  public String getReasons() {
    return reasons;
  }

  public String getFinancialImplications() {
    return financialImplications;
  }

  public String getLegalImplications() {
    return legalImplications;
  }

  public String getEqualitiesImplications() {
    return equalitiesImplications;
  }

  public String getRiskImplications() {
    return riskImplications;
  }
}
