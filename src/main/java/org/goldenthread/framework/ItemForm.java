package org.goldenthread.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person enters to create or change a framework item. */
public record ItemForm(
    @NotBlank(message = "Enter a short code for the item, for example P3 or REV-O1")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9/._-]{0,29}",
            message =
                "Code must be letters, numbers, dots, slashes and hyphens, up to 30 characters")
        String code,
    @NotBlank(message = "Enter the item's title")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        String title,
    @NotNull(message = "Choose what kind of item this is") ItemType type,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    Long planId,
    Long responsibleId,
    Long accountableId,
    Long accountableBodyId,
    @Pattern(regexp = "^\\s*\\d{0,4}\\s*$", message = "Order must be a whole number from 0 to 9999")
        String sortOrder,
    Long parentId,
    Long version) {

  public static ItemForm of(FrameworkItem i) {
    return new ItemForm(
        i.getCode(),
        i.getTitle(),
        i.getType(),
        i.getDescription(),
        i.getPlan() == null ? null : i.getPlan().getId(),
        i.getResponsible() == null ? null : i.getResponsible().getId(),
        i.getAccountable() == null ? null : i.getAccountable().getId(),
        i.getAccountableBody() == null ? null : i.getAccountableBody().getId(),
        String.valueOf(i.getSortOrder()),
        null,
        i.getVersion());
  }

  public static ItemForm blank(Long planId, Long parentId) {
    return new ItemForm(null, null, null, null, planId, null, null, null, "0", parentId, null);
  }

  int order() {
    return sortOrder == null || sortOrder.isBlank() ? 0 : Integer.parseInt(sortOrder.trim());
  }

  public ItemForm withVersion(long newVersion) {
    return new ItemForm(
        code,
        title,
        type,
        description,
        planId,
        responsibleId,
        accountableId,
        accountableBodyId,
        sortOrder,
        parentId,
        newVersion);
  }
}
