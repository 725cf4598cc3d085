package org.goldenthread.indicator;

import java.util.Set;

/**
 * Published, in the transaction that made it, when what the indicators' periods show may have
 * changed in a way that is evaluated: a value verified or published, a verified value corrected, a
 * values import kept (values and targets), a target set or profiled, a definition's polarity,
 * tolerance, frequency, aggregation, decimal places, formula or active flag changed (by the form or
 * the definitions import). Listeners (the intervention ladder) re-evaluate these indicators and the
 * calculated indicators that read them.
 */
public record FiguresChanged(Set<Long> indicatorIds) {

  public FiguresChanged {
    indicatorIds = Set.copyOf(indicatorIds);
  }

  public static FiguresChanged of(long indicatorId) {
    return new FiguresChanged(Set.of(indicatorId));
  }
}
