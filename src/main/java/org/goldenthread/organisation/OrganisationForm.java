package org.goldenthread.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrganisationForm(
    @NotBlank(message = "Enter the organisation's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
    @NotNull(message = "Choose the organisation's sector") Sector sector,
    @Pattern(
            regexp = "^$|^https?://\\S{3,290}$",
            message = "Enter the website address in full, starting https://")
        String website,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    Long version) {

  public static OrganisationForm of(Organisation o) {
    return new OrganisationForm(
        o.getName(), o.getSector(), o.getWebsite(), o.getDescription(), o.getVersion());
  }

  public OrganisationForm withVersion(long newVersion) {
    return new OrganisationForm(name, sector, website, description, newVersion);
  }
}
