package org.goldenthread.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moving a risk to another register, up or down, with the reason. */
public record EscalationForm(
    @NotNull(message = "Choose the register to move the risk to") Long registerId,
    @NotBlank(message = "Say why the risk moves to that register")
        @Size(max = 4000, message = "The reason must be 4,000 characters or fewer")
        String reason,
    Long version) {
  public EscalationForm withVersion(Long version) {
    return new EscalationForm(registerId, reason, version);
  }
}
