package org.goldenthread.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a risk: when (today if left empty) and why. */
public record CloseForm(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
    @NotBlank(message = "Say why the risk is closed")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
    Long version) {
  public CloseForm withVersion(Long version) {
    return new CloseForm(closedOn, reason, version);
  }
}
