package org.goldenthread.risk.web;

import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskReview;
import org.goldenthread.risk.RiskScoring;

/** What every risk form shows of the risk as it now stands, after someone else changed it. */
final class RiskFormPages {

  /** The risk as it now stands: its current score and band, and its latest score entry. */
  public record Now(Risk risk, RiskBands.Look look, RiskReview latest) {}

  private RiskFormPages() {}

  /** Whether the form was opened on a version of the risk someone has since changed. */
  static boolean clashed(Long submittedVersion, Risk risk) {
    return submittedVersion != null && submittedVersion != risk.getVersion();
  }

  static Now now(Risk risk, RiskScoring scoring) {
    RiskReview latest =
        risk.getHistory().isEmpty() ? null : risk.getHistory().get(risk.getHistory().size() - 1);
    return new Now(risk, scoring.bands().look(risk.current().value()), latest);
  }
}
