package org.goldenthread.framework;

import java.util.Set;

/**
 * A plan's lifecycle: draft → submitted → approved → active → archived. A submitted plan may be
 * returned to draft; an approved or active plan may be revised (back to draft, its approved version
 * kept); anything but a plan awaiting a decision may be archived.
 */
public enum PlanStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted for approval"),
  APPROVED("Approved"),
  ACTIVE("Active"),
  ARCHIVED("Archived");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public Set<PlanStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(SUBMITTED, ARCHIVED);
      case SUBMITTED -> Set.of(DRAFT, APPROVED);
      case APPROVED -> Set.of(ACTIVE, DRAFT, ARCHIVED);
      case ACTIVE -> Set.of(DRAFT, ARCHIVED);
      case ARCHIVED -> Set.of();
    };
  }

  public boolean canMoveTo(PlanStatus target) {
    return next().contains(target);
  }

  public boolean archivable() {
    return canMoveTo(ARCHIVED);
  }

  /** While a plan awaits its decision, or once archived, its content stays as it is. */
  public boolean allowsChanges() {
    return this != SUBMITTED && this != ARCHIVED;
  }
}
