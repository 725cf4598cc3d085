package org.goldenthread.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A review of a risk: the date, the new current likelihood and impact, what changed and why. The
 * version is the risk's as the reviewer saw it, so a second reviewer at the same time is told.
 */
public record ReviewForm(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
    @NotNull(message = "Choose the current likelihood")
        @Min(
            value = 1,
            message = "The current likelihood must be from 1 (rare) to 5 (almost certain)")
        @Max(
            value = 5,
            message = "The current likelihood must be from 1 (rare) to 5 (almost certain)")
        Integer currentLikelihood,
    @NotNull(message = "Choose the current impact")
        @Min(value = 1, message = "The current impact must be from 1 (negligible) to 5 (severe)")
        @Max(value = 5, message = "The current impact must be from 1 (negligible) to 5 (severe)")
        Integer currentImpact,
    @NotBlank(message = "Say what has changed since the last review, or that nothing has")
        @Size(max = 4000, message = "What changed must be 4,000 characters or fewer")
        String whatChanged,
    @Size(max = 4000, message = "Why must be 4,000 characters or fewer") String why,
    Long version) {

  public static ReviewForm of(Risk risk) {
    return new ReviewForm(
        null, risk.current().likelihood(), risk.current().impact(), null, null, risk.getVersion());
  }

  public ReviewForm withVersion(Long version) {
    return new ReviewForm(reviewedOn, currentLikelihood, currentImpact, whatChanged, why, version);
  }
}
