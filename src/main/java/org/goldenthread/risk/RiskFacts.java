package org.goldenthread.risk;

import java.time.LocalDate;

/**
 * What is worked out about a risk on a day (SPEC §6): its three scores, the band of its current
 * score, whether that is above its category's appetite, how it moved since the end of the previous
 * quarter, and whether its review is overdue.
 */
public record RiskFacts(
    Score inherent,
    Score current,
    Score target,
    Band band,
    boolean aboveAppetite,
    Movement movement,
    Integer previousScore,
    LocalDate nextReview,
    boolean overdue) {

  /**
   * The end of the quarter before the one {@code day} falls in: the date movement compares with.
   * Financial quarters (April–June, …) fall on calendar quarters, so either gives the same day.
   */
  public static LocalDate previousQuarterEnd(LocalDate day) {
    int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
    return LocalDate.of(day.getYear(), firstMonth, 1).minusDays(1);
  }

  /**
   * How the risk moved between the end of the previous quarter and {@code day}: closed if it closed
   * by then, new if it opened after that quarter end, otherwise up, down or unchanged against its
   * score at that quarter end (or its earliest known score, when its history starts later).
   */
  public static Movement movement(Risk risk, LocalDate day) {
    if (!risk.isOpen() && !risk.getClosedOn().isAfter(day)) {
      return Movement.CLOSED;
    }
    LocalDate quarterEnd = previousQuarterEnd(day);
    if (risk.getOpenedOn().isAfter(quarterEnd)) {
      return Movement.NEW;
    }
    int before = risk.scoreOn(quarterEnd).orElseGet(risk::firstScore).value();
    int now = risk.scoreOn(day).orElseGet(risk::current).value();
    return now > before ? Movement.UP : now < before ? Movement.DOWN : Movement.UNCHANGED;
  }

  /** The current score at the end of the previous quarter; null when it was not open then. */
  static Integer previousScore(Risk risk, LocalDate day) {
    LocalDate quarterEnd = previousQuarterEnd(day);
    if (risk.getOpenedOn().isAfter(quarterEnd)) {
      return null;
    }
    return risk.scoreOn(quarterEnd).orElseGet(risk::firstScore).value();
  }
}
