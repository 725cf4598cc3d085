package org.goldenthread.risk;

import org.goldenthread.organisation.Person;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The controls on a risk: what is in place today to hold it. Each change raises the risk's version,
 * as every change to a risk does (see {@link RiskService}).
 */
@Service
@Transactional
public class RiskControls {

  private final RiskService risks;

  RiskControls(RiskService risks) {
    this.risks = risks;
  }

  public RiskControl addControl(long riskId, ControlForm form) {
    Risk risk = risks.get(riskId);
    Versioned.check("risk", risk.getVersion(), form.version());
    RiskControl control =
        risk.addControl(form.description().strip(), owner(form), form.effectiveness());
    risks.touched(risk);
    return control;
  }

  public RiskControl updateControl(long riskId, long controlId, ControlForm form) {
    Risk risk = risks.get(riskId);
    Versioned.check("risk", risk.getVersion(), form.version());
    RiskControl control = control(risk, controlId);
    control.describe(form.description().strip(), owner(form), form.effectiveness());
    risks.touched(risk);
    return control;
  }

  public RiskControl removeControl(long riskId, long controlId, Long version) {
    Risk risk = risks.get(riskId);
    Versioned.check("risk", risk.getVersion(), version);
    RiskControl control = control(risk, controlId);
    risk.removeControl(control);
    risks.touched(risk);
    return control;
  }

  private Person owner(ControlForm form) {
    return form.ownerId() == null ? null : risks.person(form.ownerId(), "ownerId");
  }

  /** The risk's control with this id; not found (404) if it has none. */
  public static RiskControl control(Risk risk, long controlId) {
    return risk.getControls().stream()
        .filter(c -> c.getId().equals(controlId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Control", controlId));
  }
}
