package org.goldenthread.risk.web;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.Score;

/**
 * A score worked out from what a person chose on a form, shown back beside the form so they see the
 * score and band their choices give: "Current: L4 × I3 = 12, Medium".
 */
public record WorkedScore(String what, Score score, RiskBands.Look look) {

  /** The scores the form's choices give; a score is left out while either level is missing. */
  static List<WorkedScore> of(RiskForm form, RiskBands bands) {
    List<WorkedScore> worked = new ArrayList<>();
    add(worked, "Inherent", form.inherentLikelihood(), form.inherentImpact(), bands);
    add(worked, "Current", form.currentLikelihood(), form.currentImpact(), bands);
    add(worked, "Target", form.targetLikelihood(), form.targetImpact(), bands);
    return worked;
  }

  static List<WorkedScore> current(Integer likelihood, Integer impact, RiskBands bands) {
    List<WorkedScore> worked = new ArrayList<>();
    add(worked, "Current", likelihood, impact, bands);
    return worked;
  }

  private static void add(
      List<WorkedScore> worked, String what, Integer likelihood, Integer impact, RiskBands bands) {
    if (likelihood != null
        && impact != null
        && Score.inRange(likelihood)
        && Score.inRange(impact)) {
      Score score = new Score(likelihood, impact);
      worked.add(new WorkedScore(what, score, bands.look(score.value())));
    }
  }
}
