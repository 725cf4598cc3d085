package org.goldenthread.indicator.kept;

import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;

/**
 * One indicator's line of the scorecard as kept: the figures as shown (rounded to its decimal
 * places, with its unit; a dash when missing), its status and trends, the year-end outlook and the
 * XmR marks, each mark with its words.
 */
public record ScorecardRow(
    long id,
    String code,
    String title,
    String directorate,
    String period,
    String actual,
    String target,
    Status status,
    Trend trendFromPrevious,
    Trend trendFromLastYear,
    OutturnRisk risk,
    String forecast,
    String projection,
    String annualTarget,
    Variation variation,
    String variationWords,
    String variationExplanation,
    Assurance assurance,
    String assuranceWords,
    String assuranceExplanation) {

  public String label() {
    return code + " " + title;
  }
}
