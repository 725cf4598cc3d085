package org.goldenthread.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Everything an administrator records about a person. */
public record PersonForm(
    @NotBlank(message = "Enter the person's full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer")
        String fullName,
    @NotNull(message = "Choose whether the person is an officer, councillor or partner contact")
        PersonType type,
    @Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
    @Email(message = "Enter an email address in the correct format, like name@example.gov.uk")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        String email,
    @Pattern(
            regexp = "^$|^[0-9 +()-]{6,40}$",
            message = "Enter a telephone number, like 01632 960 001 or +44 808 157 0192")
        String phone,
    Long orgUnitId,
    Long lineManagerId,
    @Size(max = 200, message = "Ward must be 200 characters or fewer") String ward,
    @Size(max = 200, message = "Party must be 200 characters or fewer") String party,
    Long organisationId,
    Boolean active,
    Long version) {

  public static PersonForm of(Person p) {
    return new PersonForm(
        p.getFullName(),
        p.getType(),
        p.getJobTitle(),
        p.getEmail(),
        p.getPhone(),
        p.getOrgUnit() == null ? null : p.getOrgUnit().getId(),
        p.getLineManager() == null ? null : p.getLineManager().getId(),
        p.getWard(),
        p.getParty(),
        p.getOrganisation() == null ? null : p.getOrganisation().getId(),
        p.isActive(),
        p.getVersion());
  }

  public static PersonForm blank() {
    return new PersonForm(
        null, PersonType.OFFICER, null, null, null, null, null, null, null, null, true, null);
  }

  public PersonForm withVersion(long newVersion) {
    return new PersonForm(
        fullName,
        type,
        jobTitle,
        email,
        phone,
        orgUnitId,
        lineManagerId,
        ward,
        party,
        organisationId,
        active,
        newVersion);
  }
}
