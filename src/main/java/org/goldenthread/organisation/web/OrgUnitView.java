package org.goldenthread.organisation.web;

import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitType;

/** An org unit as the JSON API shows it. */
public record OrgUnitView(
    long id,
    String name,
    String code,
    OrgUnitType type,
    Long parentId,
    Long headId,
    String headName,
    String description,
    int sortOrder,
    boolean active,
    long version) {

  static OrgUnitView of(OrgUnit u) {
    return new OrgUnitView(
        u.getId(),
        u.getName(),
        u.getCode(),
        u.getType(),
        u.getParent() == null ? null : u.getParent().getId(),
        u.getHead() == null ? null : u.getHead().getId(),
        u.getHead() == null ? null : u.getHead().getFullName(),
        u.getDescription(),
        u.getSortOrder(),
        u.isActive(),
        u.getVersion());
  }
}
