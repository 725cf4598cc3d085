package org.goldenthread.action.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/** A decision of a body (SPEC §5): what was resolved, when, and under which minute. */
@Entity
@Audited
public class Decision extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Body body;

  @Column(nullable = false)
  private LocalDate decidedOn;

  @Column(nullable = false, length = 60)
  private String minuteReference;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 4000)
  private String resolution;

  protected Decision() {}

  public Decision(Body body, LocalDate decidedOn, String minuteReference) {
    record(body, decidedOn, minuteReference);
  }

  public void record(Body body, LocalDate decidedOn, String minuteReference) {
    this.body = body;
    this.decidedOn = decidedOn;
    this.minuteReference = minuteReference;
  }

  public void resolve(String title, String resolution) {
    this.title = title;
    this.resolution = resolution;
  }

  @Override
  public String label() {
    return minuteReference + " " + title;
  }

  public Body getBody() {
    return body;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getMinuteReference() {
    return minuteReference;
  }

  public String getTitle() {
    return title;
  }

  public String getResolution() {
    return resolution;
  }
}
