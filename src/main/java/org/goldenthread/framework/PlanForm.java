package org.goldenthread.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person enters to create or change a plan. */
public record PlanForm(
    @NotBlank(message = "Enter a short code for the plan, for example CP-2026")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9/._-]{0,29}",
            message =
                "Code must be letters, numbers, dots, slashes and hyphens, up to 30 characters")
        String code,
    @NotBlank(message = "Enter the plan's title")
        @Size(max = 200, message = "Title must be 200 characters or fewer")
        String title,
    @NotNull(message = "Choose the type of plan") PlanType type,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    @NotNull(message = "Enter the date the plan starts")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodStart,
    @NotNull(message = "Enter the date the plan ends")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodEnd,
    Long ownerId,
    Long orgUnitId,
    Long approvingBodyId,
    @NotNull(message = "Choose how often the plan is reviewed") ReviewFrequency reviewFrequency,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewDate,
    Long version) {

  public static PlanForm of(Plan p) {
    return new PlanForm(
        p.getCode(),
        p.getTitle(),
        p.getType(),
        p.getDescription(),
        p.getPeriodStart(),
        p.getPeriodEnd(),
        p.getOwner() == null ? null : p.getOwner().getId(),
        p.getOrgUnit() == null ? null : p.getOrgUnit().getId(),
        p.getApprovingBody() == null ? null : p.getApprovingBody().getId(),
        p.getReviewFrequency(),
        p.getNextReviewDate(),
        p.getVersion());
  }

  public PlanForm withVersion(long newVersion) {
    return new PlanForm(
        code,
        title,
        type,
        description,
        periodStart,
        periodEnd,
        ownerId,
        orgUnitId,
        approvingBodyId,
        reviewFrequency,
        nextReviewDate,
        newVersion);
  }
}
