package org.goldenthread.action.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.goldenthread.action.Action;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.springframework.format.annotation.DateTimeFormat;

/** A lead officer's progress update as entered: how far, how it is going, and why. */
public record ProgressForm(
    @NotNull(message = "Enter the percentage complete, from 0 to 100")
        @Min(value = 0, message = "Percentage complete must be from 0 to 100")
        @Max(value = 100, message = "Percentage complete must be from 0 to 100")
        Integer percentComplete,
    @NotNull(message = "Choose a status: Blue, Green, Amber or Red") Brag status,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
    @Size(max = 4000, message = "Commentary must be 4,000 characters or fewer") String commentary,
    @Size(max = 4000, message = "What will be done must be 4,000 characters or fewer")
        String remedialAction,
    Long version) {

  static ProgressForm of(ProgressUpdate u) {
    return new ProgressForm(
        u.getPercentComplete(),
        u.getStatus(),
        u.getCompletedOn(),
        u.getCommentary(),
        u.getRemedialAction(),
        u.getVersion());
  }

  /** A new update starts from where the action last was. */
  static ProgressForm startingFrom(Action a) {
    return new ProgressForm(
        a.getPercentComplete(),
        null,
        a.getCompletedOn(),
        a.getCommentary(),
        a.getRemedialAction(),
        null);
  }

  BragRules.Assessment assessment() {
    return new BragRules.Assessment(
        status,
        percentComplete == null ? 0 : percentComplete,
        completedOn,
        commentary,
        remedialAction);
  }

  ProgressForm withVersion(long newVersion) {
    return new ProgressForm(
        percentComplete, status, completedOn, commentary, remedialAction, newVersion);
  }
}
