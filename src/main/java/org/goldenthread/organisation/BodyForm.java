package org.goldenthread.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BodyForm(
    @NotBlank(message = "Enter the body's name") @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
    @NotNull(message = "Choose the type of body") BodyType type,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    @Min(value = 0, message = "Order must be 0 or more") @Max(value = 9999, message = "Order must be 9,999 or less")
        Integer sortOrder,
    Long version) {

  static BodyForm of(Body body) {
    return new BodyForm(
        body.getName(),
        body.getType(),
        body.getDescription(),
        body.getSortOrder(),
        body.getVersion());
  }

  BodyForm withVersion(long newVersion) {
    return new BodyForm(name, type, description, sortOrder, newVersion);
  }
}
