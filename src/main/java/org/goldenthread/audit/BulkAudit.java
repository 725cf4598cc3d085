package org.goldenthread.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Audits records that a bulk write inserted by plain SQL rather than one at a time through
 * Hibernate (the values import). The writer puts each record's copy in its {@code _aud} table as
 * Envers would, with this transaction's {@link #revision()} (who and when, from {@link
 * AuditRevisionListener}); the revision then names the run of ids created in one change, so a large
 * import adds one line to the audit page rather than one a record, and each record's history still
 * reads the same as if Envers had written it.
 */
@Component
public class BulkAudit {

  /** Envers' code for a record created in a revision ({@code RevisionType.ADD}). */
  public static final int CREATED = 0;

  private final EntityManager entities;
  private final JdbcTemplate jdbc;

  BulkAudit(EntityManager entities, JdbcTemplate jdbc) {
    this.entities = entities;
    this.jdbc = jdbc;
  }

  /**
   * Names as created, in the current transaction's revision, the run of records of {@code type}
   * with ids from {@code first} to {@code last}, whose copies in the audit table the caller wrote
   * itself (with {@link #revision()} and revision type {@link #CREATED}) as it inserted them.
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
  public long revision() {
    return AuditReaderFactory.get(entities).getCurrentRevision(AuditRevision.class, true).getId();
  }
}
