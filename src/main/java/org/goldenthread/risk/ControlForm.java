package org.goldenthread.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A control on a risk: what it is, who owns it, how well it works. */
public record ControlForm(
    @NotBlank(message = "Describe the control")
        @Size(max = 2000, message = "The description must be 2,000 characters or fewer")
        String description,
    Long ownerId,
    @NotNull(message = "Choose how effective the control is") Effectiveness effectiveness,
    Long version) {

  public static ControlForm of(RiskControl control, long riskVersion) {
    return new ControlForm(
        control.getDescription(),
        control.getOwner() == null ? null : control.getOwner().getId(),
        control.getEffectiveness(),
        riskVersion);
  }

  public ControlForm withVersion(Long version) {
    return new ControlForm(description, ownerId, effectiveness, version);
  }
}
