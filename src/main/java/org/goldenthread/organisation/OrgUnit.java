package org.goldenthread.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A directorate, service or team in the council's structure. Moves are kept in its history. */
@Entity
@Audited
public class OrgUnit extends BaseEntity {

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 20, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private OrgUnitType type;

  @ManyToOne(fetch = FetchType.LAZY)
  private OrgUnit parent;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person head;

  @Column(length = 4000)
  private String description;

  @Column(nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  protected OrgUnit() {}

  public OrgUnit(String name, String code, OrgUnitType type, OrgUnit parent) {
    this.name = name;
    this.code = code;
    this.type = type;
    placeBelow(parent);
  }

  public void rename(String name, String code, String description) {
    this.name = name;
    this.code = code;
    this.description = description;
  }

  public void setHead(Person head) {
    this.head = head;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** Moves this unit (and everything beneath it) under another unit. */
  public void moveTo(OrgUnit newParent) {
    placeBelow(newParent);
  }

  private void placeBelow(OrgUnit newParent) {
    if (type == OrgUnitType.COUNCIL) {
      if (newParent != null) {
        throw new RuleViolationException("parentId", "The council is the top of the structure.");
      }
      this.parent = null;
      return;
    }
    if (newParent == null) {
      throw new RuleViolationException(
          "parentId", "Choose the unit this " + type.label().toLowerCase() + " sits within.");
    }
    if (newParent == this || newParent.isWithin(this)) {
      throw new RuleViolationException(
          "parentId", "A unit cannot be moved to sit within itself or one of its own units.");
    }
    if (!type.canSitBelow(newParent.getType())) {
      throw new RuleViolationException(
          "parentId",
          "A "
              + type.label().toLowerCase()
              + " cannot sit within a "
              + newParent.getType().label().toLowerCase()
              + ".");
    }
    this.parent = newParent;
  }

  /** True when this unit is {@code ancestor} or sits anywhere beneath it. */
  public boolean isWithin(OrgUnit ancestor) {
    for (OrgUnit unit = this; unit != null; unit = unit.getParent()) {
      if (unit.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String label() {
    return name + " (" + type.label() + ")";
  }

  public String getName() {
    return name;
  }

  public String getCode() {
    return code;
  }

  public OrgUnitType getType() {
    return type;
  }

  public OrgUnit getParent() {
    return parent;
  }

  public Person getHead() {
    return head;
  }

  public String getDescription() {
    return description;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
