package org.goldenthread.intervention;

import java.util.Optional;
import org.goldenthread.period.Period;

/**
 * An evaluated period: its outcome, the level its own run gives (0 when no rule fires: Green, Data
 * only, or Amber on a ladder with no rung for it) and the step it took, if any.
 */
public record PeriodLevel(Period period, Outcome outcome, int level, Optional<Step> step) {}
