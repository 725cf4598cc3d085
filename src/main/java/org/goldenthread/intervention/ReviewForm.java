package org.goldenthread.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A director's review as recorded: the date (today if none), the decision, the outcome in words,
 * and the intervention's version as the director saw it.
 */
public record ReviewForm(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
    @NotNull(message = "Choose the decision") DirectorReview.Decision decision,
    @NotBlank(message = "Say what the review found and what happens next")
        @Size(max = 4000, message = "The outcome must be 4,000 characters or fewer")
        String outcome,
    Long version) {

  public ReviewForm withVersion(Long newVersion) {
    return new ReviewForm(reviewedOn, decision, outcome, newVersion);
  }
}
