package org.goldenthread.intervention.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/** Good performance a clinic recognised: an indicator or an action, why, and the clinic's note. */
@Entity
@Audited
public class ClinicRecognition extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Clinic clinic;

  @ManyToOne(fetch = FetchType.LAZY)
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY)
  private Action action;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(length = 4000)
  private String note;

  protected ClinicRecognition() {}

  ClinicRecognition(Clinic clinic, Indicator indicator, Action action, String reason, String note) {
    this.clinic = clinic;
    this.indicator = indicator;
    this.action = action;
    this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
    this.note = note;
  }

  @Override
  public String label() {
    return subjectLabel();
  }

  public String subjectLabel() {
    return indicator != null ? indicator.label() : action.label();
  }

  public String subjectKind() {
    return indicator != null ? "Indicator" : "Action";
  }

  public String subjectPath() {
    return indicator != null ? "/indicators/" + indicator.getId() : "/actions/" + action.getId();
  }

  public Clinic getClinic() {
    return clinic;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Action getAction() {
    return action;
  }

  public String getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }
}
