package org.goldenthread.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A register: its code, name and level, and the unit, plan or partnership body that owns it. */
public record RegisterForm(
    @NotBlank(message = "Enter a short code for the register, for example CRR")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9/._-]{0,29}",
            message =
                "Code must be letters, numbers, dots, slashes and hyphens, up to 30 characters")
        String code,
    @NotBlank(message = "Enter the register's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
    @NotNull(message = "Choose the register's level") RiskLevel level,
    Long orgUnitId,
    Long planId,
    Long bodyId,
    @Size(max = 2000, message = "Description must be 2,000 characters or fewer") String description,
    Long version) {

  public static RegisterForm of(RiskRegister r) {
    return new RegisterForm(
        r.getCode(),
        r.getName(),
        r.getLevel(),
        r.getOrgUnit() == null ? null : r.getOrgUnit().getId(),
        r.getPlan() == null ? null : r.getPlan().getId(),
        r.getBody() == null ? null : r.getBody().getId(),
        r.getDescription(),
        r.getVersion());
  }
}
