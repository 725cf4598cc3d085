package org.goldenthread.intervention.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A clinic as planned: its title, date, the body meeting, the unit it covers (none: the whole
 * council) and who attends (none chosen: the body's members). The version is the clinic's as read.
 */
public record ClinicForm(
    @NotBlank(message = "Give the clinic a title")
        @Size(max = 200, message = "The title must be 200 characters or fewer")
        String title,
    @NotNull(message = "Enter the date of the clinic, for example 2027-01-14")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,
    @NotNull(message = "Choose the body that meets") Long bodyId,
    Long orgUnitId,
    List<Long> attendeeIds,
    Long version) {

  public static ClinicForm of(Clinic clinic) {
    return new ClinicForm(
        clinic.getTitle(),
        clinic.getHeldOn(),
        clinic.getBody().getId(),
        clinic.getOrgUnit() == null ? null : clinic.getOrgUnit().getId(),
        List.copyOf(clinic.getAttendeeIds()),
        clinic.getVersion());
  }

  public ClinicForm withVersion(Long version) {
    return new ClinicForm(title, heldOn, bodyId, orgUnitId, attendeeIds, version);
  }
}
