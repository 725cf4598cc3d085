package org.goldenthread.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Audits records that a bulk write inserted by plain SQL rather than one at a time through
 * Hibernate (the values import): this transaction's revision (who and when, from {@link
 * AuditRevisionListener}) names each run of ids created, in one audit line, so a large import adds
 * one line to the audit trail rather than a line and a copy a record. A record's history still
 * shows its creation: as it now is while it is unchanged, and from the copy {@link
 * BulkCreationCopy} keeps of it as created once it is changed or deleted.
 */
@Component
public class BulkAudit {

  /** Envers' code for a record created in a revision ({@code RevisionType.ADD}). */
  static final int CREATED = 0;

  private final EntityManager entities;
  private final JdbcTemplate jdbc;

  BulkAudit(EntityManager entities, JdbcTemplate jdbc) {
    this.entities = entities;
    this.jdbc = jdbc;
  }

  /**
   * Names as created, in the current transaction's revision, the run of records of {@code type}
   * with ids from {@code first} to {@code last}: every id in the run must be of a record this
   * transaction inserted.
   */
  public void named(Class<?> type, long first, long last) {
    jdbc.update(
        "insert into audit_change (revision_id, entity_type, entity_id, action, first_id, last_id)"
            + " values (?, ?, ?, 'CREATED', ?, ?)",
        revision(),
        type.getSimpleName(),
        first == last ? String.valueOf(first) : first + "-" + last,
        first,
        last);
  }

  /** This transaction's revision, created (and stamped with who) if nothing was audited yet. */
  private long revision() {
    return AuditReaderFactory.get(entities).getCurrentRevision(AuditRevision.class, true).getId();
  }
}
