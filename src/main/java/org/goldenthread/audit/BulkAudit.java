package org.goldenthread.audit;

import jakarta.persistence.EntityManager;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Audits records that a bulk write inserted by plain SQL rather than one at a time through
 * Hibernate (the values import): each gets the same audit rows Envers would have written, so the
 * audit trail reads the same either way. The record's copy in its {@code _aud} table is made by the
 * database, from the row just inserted, in one statement for a run of ids, and the transaction's
 * revision (who and when, from {@link AuditRevisionListener}) names the run of ids it created in
 * one change, so a large import adds one line to the audit page rather than one a record.
 */
@Component
public class BulkAudit {

  /** Envers' code for a record created in a revision ({@code RevisionType.ADD}). */
  private static final int CREATED = 0;

  private final EntityManager entities;
  private final JdbcTemplate jdbc;
  private final Map<String, String> auditedColumns = new ConcurrentHashMap<>();

  BulkAudit(EntityManager entities, JdbcTemplate jdbc) {
    this.entities = entities;
    this.jdbc = jdbc;
  }

  /**
   * Audits as created, in the current transaction, the rows of {@code table} (the table of audited
   * record type {@code type}) with ids from {@code first} to {@code last}: every id in that run
   * must be of a row this transaction inserted.
   */
  public void created(Class<?> type, String table, long first, long last) {
    long revision = revision();
    String columns = auditedColumns.computeIfAbsent(table, this::columnsOf);
    jdbc.update(
        "insert into "
            + table
            + "_aud ("
            + columns
            + ", rev, revtype) select "
            + columns
            + ", ?, "
            + CREATED
            + " from "
            + table
            + " where id between ? and ?",
        revision,
        first,
        last);
    // One change names the whole run of ids: the audit page lists the run once, and a record's
    // history finds it by its id within the run.
    jdbc.update(
        "insert into audit_change (revision_id, entity_type, entity_id, action, first_id, last_id)"
            + " values (?, ?, ?, 'CREATED', ?, ?)",
        revision,
        type.getSimpleName(),
        first == last ? String.valueOf(first) : first + "-" + last,
        first,
        last);
  }

  /** This transaction's revision, created (and stamped with who) if nothing was audited yet. */
  private long revision() {
    return AuditReaderFactory.get(entities).getCurrentRevision(AuditRevision.class, true).getId();
  }

  /** The columns of a table's audit copy, other than the revision's own. */
  private String columnsOf(String table) {
    return jdbc.execute(
        (java.sql.Connection connection) -> {
          DatabaseMetaData meta = connection.getMetaData();
          String name = table + "_aud";
          name = meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
          List<String> columns = new ArrayList<>();
          try (ResultSet found =
              meta.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
            while (found.next()) {
              String column = found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
              if (!column.equals("rev") && !column.equals("revtype")) {
                columns.add(column);
              }
            }
          }
          if (columns.isEmpty()) {
            throw new IllegalStateException("No audit table " + name);
          }
          return String.join(", ", columns);
        });
  }
}
