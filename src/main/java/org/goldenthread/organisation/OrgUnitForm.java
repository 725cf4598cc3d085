package org.goldenthread.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person enters to create or change an org unit (pages and API alike). */
public record OrgUnitForm(
    @NotBlank(message = "Enter the unit's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
    @NotBlank(message = "Enter a short code for the unit, for example FIN or REV-BEN")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,19}",
            message = "Code must be letters, numbers and hyphens, up to 20 characters")
        String code,
    @NotNull(message = "Choose the type of unit") OrgUnitType type,
    Long parentId,
    Long headId,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    @Pattern(regexp = "^\\s*\\d{0,4}\\s*$", message = "Order must be a whole number from 0 to 9999")
        String sortOrder,
    Boolean active,
    Long version) {

  public static OrgUnitForm of(OrgUnit unit) {
    return new OrgUnitForm(
        unit.getName(),
        unit.getCode(),
        unit.getType(),
        unit.getParent() == null ? null : unit.getParent().getId(),
        unit.getHead() == null ? null : unit.getHead().getId(),
        unit.getDescription(),
        String.valueOf(unit.getSortOrder()),
        unit.isActive(),
        unit.getVersion());
  }

  int order() {
    return sortOrder == null || sortOrder.isBlank() ? 0 : Integer.parseInt(sortOrder.trim());
  }

  public static OrgUnitForm blank(Long parentId) {
    return new OrgUnitForm(null, null, null, parentId, null, null, "0", true, null);
  }

  public OrgUnitForm withVersion(long newVersion) {
    return new OrgUnitForm(
        name, code, type, parentId, headId, description, sortOrder, active, newVersion);
  }
}
