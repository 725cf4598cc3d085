package org.goldenthread.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A remedial plan as the responsible officer proposes it: what will be done, by when and the effect
 * expected; whether to create an action for it; the rejected plan it revises, if any; and the
 * intervention's version as the officer saw it.
 */
public record PlanForm(
    @NotBlank(message = "Say what will be done to bring performance back on track")
        @Size(max = 4000, message = "What will be done must be 4,000 characters or fewer")
        String measures,
    @NotNull(message = "Enter the date by which it will be done")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate byWhen,
    @NotBlank(message = "Say what effect the plan is expected to have")
        @Size(max = 4000, message = "The expected effect must be 4,000 characters or fewer")
        String expectedEffect,
    Boolean createAction,
    Long revises,
    Long version) {

  public static PlanForm blank(Long revises, long version) {
    return new PlanForm(null, null, null, false, revises, version);
  }

  /** A revision starts from what the rejected plan said. */
  public static PlanForm revising(RemedialPlan rejected, long version) {
    return new PlanForm(
        rejected.getMeasures(),
        null,
        rejected.getExpectedEffect(),
        false,
        rejected.getId(),
        version);
  }

  public boolean wantsAction() {
    return Boolean.TRUE.equals(createAction);
  }

  public PlanForm withVersion(Long newVersion) {
    return new PlanForm(measures, byWhen, expectedEffect, createAction, revises, newVersion);
  }
}
