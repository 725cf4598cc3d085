package org.goldenthread.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed audited records: who and when, and which records. Envers writes it
 * in the same transaction as the change itself.
 */
@Entity
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private Long id;

  @RevisionTimestamp
  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false, length = 200)
  private String actorName;

  /** The account that made the revision, by id; null for the system. */
  private Long actorAccountId;

  @ElementCollection
  @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "revision_id"))
  private Set<AuditChange> changes = new HashSet<>();

  Long getId() {
    return id;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }

  String getActor() {
    return actor;
  }

  String getActorName() {
    return actorName;
  }

  Long getActorAccountId() {
    return actorAccountId;
  }

  void setActor(Long accountId, String actor, String actorName) {
    this.actorAccountId = accountId;
    this.actor = actor;
    this.actorName = actorName;
  }

  void record(AuditChange change) {
    changes.add(change);
  }
}
