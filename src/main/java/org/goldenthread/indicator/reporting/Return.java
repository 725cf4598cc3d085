package org.goldenthread.indicator.reporting;

import java.time.LocalDate;
import org.goldenthread.period.Period;

/**
 * One indicator's figures owed for one of its periods: who owes them, by when, how far they have
 * got, and whether they are late (the deadline has passed and nothing has gone for verification). A
 * value sent back for correction is entered again, and {@code returned} says so.
 */
public record Return(
    long indicatorId,
    String code,
    String title,
    Period period,
    LocalDate deadline,
    Stage stage,
    boolean late,
    boolean returned,
    Long valueId,
    Long responsibleId,
    String responsibleName,
    Long accountableId,
    String accountableName,
    Long orgUnitId,
    String orgUnitName,
    Long dataProviderId) {

  /** How many days late on {@code today}; zero when not late. */
  public long daysLate(LocalDate today) {
    return late ? java.time.temporal.ChronoUnit.DAYS.between(deadline, today) : 0;
  }
}
