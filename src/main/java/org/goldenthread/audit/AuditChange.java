package org.goldenthread.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One record a revision created, changed or deleted. */
@Embeddable
class AuditChange {

  @Column(name = "entity_type", nullable = false, length = 100)
  private String entityType;

  @Column(name = "entity_id", nullable = false, length = 100)
  private String entityId;

  @Column(name = "action", nullable = false, length = 10)
  private String action;

  /** For a run of records a bulk write created: the first and last ids (null for one record). */
  @Column(name = "first_id")
  private Long firstId;

  @Column(name = "last_id")
  private Long lastId;

  protected AuditChange() {}

  AuditChange(String entityType, String entityId, String action) {
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
  }

  String entityType() {
    return entityType;
  }

  String entityId() {
    return entityId;
  }

  String action() {
    return action;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditChange other
        && entityType.equals(other.entityType)
        && entityId.equals(other.entityId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityType, entityId);
  }
}
