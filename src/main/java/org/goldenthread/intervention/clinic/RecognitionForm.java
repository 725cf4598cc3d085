package org.goldenthread.intervention.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Good performance recognised: the indicator or action ({@code indicator:12}, {@code action:5}),
 * why, and the clinic's note. The version is the clinic's as read.
 */
public record RecognitionForm(
    @NotBlank(message = "Choose the indicator or action to recognise") String subject,
    @Size(max = 500, message = "Why must be 500 characters or fewer") String reason,
    @Size(max = 4000, message = "The note must be 4,000 characters or fewer") String note,
    Long version) {

  public RecognitionForm withVersion(Long version) {
    return new RecognitionForm(subject, reason, note, version);
  }
}
