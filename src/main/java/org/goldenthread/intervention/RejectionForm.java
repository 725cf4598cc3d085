package org.goldenthread.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The accountable person's rejection of a proposed plan: the reason, which the officer revising it
 * reads, and the plan's version as they saw it.
 */
public record RejectionForm(
    @NotBlank(message = "Give the reason for rejecting the plan, so the officer can revise it")
        @Size(max = 4000, message = "The reason must be 4,000 characters or fewer")
        String reason,
    Long version) {

  public RejectionForm withVersion(Long newVersion) {
    return new RejectionForm(reason, newVersion);
  }
}
