package org.goldenthread.indicator;

import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.springframework.stereotype.Component;

/**
 * The shapes, colours and labels of the early-warning marks, for templates
 * ({@code @markStyle.symbol(m.variation())}), as {@link ScorecardMark} gives them.
 */
@Component("markStyle")
public class ScorecardMarkStyle {

  public String symbol(Object mark) {
    if (mark instanceof OutturnRisk r) {
      return ScorecardMark.symbol(r);
    }
    if (mark instanceof Variation v) {
      return ScorecardMark.symbol(v);
    }
    return mark instanceof Assurance a ? ScorecardMark.symbol(a) : "";
  }

  public String colour(Object mark) {
    if (mark instanceof OutturnRisk r) {
      return ScorecardMark.colour(r);
    }
    if (mark instanceof Variation v) {
      return ScorecardMark.colour(v);
    }
    return mark instanceof Assurance a ? ScorecardMark.colour(a) : "grey";
  }

  public String label(Variation v) {
    return ScorecardMark.label(v);
  }
}
