package org.goldenthread.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person enters to create or change an action. */
public record ActionForm(
    @NotBlank(message = "Enter a short code for the action, for example ACT-101")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9/._-]{0,29}",
            message =
                "Code must be letters, numbers, dots, slashes and hyphens, up to 30 characters")
        String code,
    @NotBlank(message = "Enter the action's title")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        String title,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    @NotNull(message = "Choose whether this is an action or a project") ActionKind kind,
    Long frameworkItemId,
    Long decisionId,
    @NotNull(message = "Choose the lead officer") Long leadOfficerId,
    Long accountableId,
    Long orgUnitId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
    Long version) {

  public static ActionForm of(Action a) {
    return new ActionForm(
        a.getCode(),
        a.getTitle(),
        a.getDescription(),
        a.getKind(),
        a.getFrameworkItem() == null ? null : a.getFrameworkItem().getId(),
        a.getDecision() == null ? null : a.getDecision().getId(),
        a.getLeadOfficer().getId(),
        a.getAccountable() == null ? null : a.getAccountable().getId(),
        a.getOrgUnit() == null ? null : a.getOrgUnit().getId(),
        a.getStartDate(),
        a.getDueDate(),
        a.getVersion());
  }

  public static ActionForm blank(Long frameworkItemId, Long decisionId) {
    return new ActionForm(
        null,
        null,
        null,
        ActionKind.ACTION,
        frameworkItemId,
        decisionId,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The same action, arising from a decision. */
  public ActionForm arisingFrom(long decision) {
    return new ActionForm(
        code,
        title,
        description,
        kind,
        frameworkItemId,
        decision,
        leadOfficerId,
        accountableId,
        orgUnitId,
        startDate,
        dueDate,
        version);
  }

  public ActionForm withVersion(long newVersion) {
    return new ActionForm(
        code,
        title,
        description,
        kind,
        frameworkItemId,
        decisionId,
        leadOfficerId,
        accountableId,
        orgUnitId,
        startDate,
        dueDate,
        newVersion);
  }
}
