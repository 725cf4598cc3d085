package org.goldenthread.organisation.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record BodyForm(
    @NotBlank(message = "Enter the body's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
    @NotNull(message = "Choose the type of body") BodyType type,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    @Pattern(regexp = "^\\s*\\d{0,4}\\s*$", message = "Order must be a whole number from 0 to 9999")
        String sortOrder,
    Long version) {

  public static BodyForm of(Body body) {
    return new BodyForm(
        body.getName(),
        body.getType(),
        body.getDescription(),
        String.valueOf(body.getSortOrder()),
        body.getVersion());
  }

  int order() {
    return sortOrder == null || sortOrder.isBlank() ? 0 : Integer.parseInt(sortOrder.trim());
  }

  public BodyForm withVersion(long newVersion) {
    return new BodyForm(name, type, description, sortOrder, newVersion);
  }
}
