package org.goldenthread.action.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A committee decision as entered from the minutes. */
public record DecisionForm(
    @NotNull(message = "Choose the body that made the decision") Long bodyId,
    @NotNull(message = "Enter the date of the meeting")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate decidedOn,
    @NotBlank(message = "Enter the minute reference, for example CAB 42/26")
        @Size(max = 60, message = "The minute reference must be 60 characters or fewer")
        String minuteReference,
    @NotBlank(message = "Enter a short title for the decision")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        String title,
    @NotBlank(message = "Enter the resolution as minuted")
        @Size(max = 4000, message = "The resolution must be 4,000 characters or fewer")
        String resolution,
    Long version) {

  static DecisionForm of(Decision d) {
    return new DecisionForm(
        d.getBody().getId(),
        d.getDecidedOn(),
        d.getMinuteReference(),
        d.getTitle(),
        d.getResolution(),
        d.getVersion());
  }

  static DecisionForm blank(Long bodyId) {
    return new DecisionForm(bodyId, null, null, null, null, null);
  }

  DecisionForm withVersion(long newVersion) {
    return new DecisionForm(bodyId, decidedOn, minuteReference, title, resolution, newVersion);
  }
}
