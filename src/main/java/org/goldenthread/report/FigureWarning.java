package org.goldenthread.report;

import java.math.BigDecimal;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;

/**
 * An indicator's early-warning marks as a report showed them (SPEC §4, §4a), in plain values kept
 * in a published report's snapshot: the risk to the annual target with the officer's forecast, the
 * projected outturn and the annual target (as numbers and as shown), what each rests on, and the
 * XmR variation and assurance with their meaning in words. A report published before these were
 * kept has none (null).
 */
public record FigureWarning(
    OutturnRisk risk,
    BigDecimal forecast,
    String forecastText,
    String forecastBasis,
    BigDecimal projection,
    String projectionText,
    String projectionBasis,
    BigDecimal annualTarget,
    String annualTargetText,
    Variation variation,
    String variationWords,
    String variationExplanation,
    Assurance assurance,
    String assuranceWords,
    String assuranceExplanation) {

  /** How many indicators of a report have their annual target at risk, and on watch. */
  public record Counts(int atRisk, int watch) {}

  static FigureWarning of(Indicator i, ScorecardMark m, Figures figures) {
    if (m == null) {
      return null;
    }
    Outturn o = m.outturn();
    return new FigureWarning(
        o.risk(),
        o.forecast(),
        figures.of(i, o.forecast()),
        m.forecastBasis(),
        o.projectedOutturn(),
        figures.of(i, o.projectedOutturn()),
        o.basis() == null ? null : o.basis().meaning(),
        o.annualTarget(),
        figures.of(i, o.annualTarget()),
        m.variation(),
        m.variationWords(),
        m.chart().variationExplanation(),
        m.assurance(),
        m.assuranceWords(),
        m.chart().assuranceExplanation());
  }

  /** Target at risk or on watch. */
  public boolean flagged() {
    return risk != null && risk != OutturnRisk.NONE;
  }

  /** "⚠ Target at risk", "◐ Watch", "Not at risk"; null when not kept. */
  public String riskMark() {
    if (risk == null) {
      return null;
    }
    return flagged() ? ScorecardMark.symbol(risk) + " " + risk.label() : risk.label();
  }

  /** "⇑ Special cause – improving: 7 points in a row above the average". */
  public String variationMark() {
    return variation == null ? null : ScorecardMark.symbol(variation) + " " + variationWords;
  }

  /** "≈ Hit and miss: the target lies within the process limits"; null when none to give. */
  public String assuranceMark() {
    if (assuranceWords == null) {
      return null;
    }
    return assurance == null
        ? assuranceWords
        : ScorecardMark.symbol(assurance) + " " + assuranceWords;
  }

  /** "Target at risk: forecast 150, projection 120, annual target 200"; "Not at risk". */
  public String riskText() {
    if (risk == null) {
      return null;
    }
    if (!flagged()) {
      return risk.label();
    }
    return risk.label()
        + ": forecast "
        + forecastText
        + ", projection "
        + projectionText
        + ", annual target "
        + annualTargetText;
  }
}
