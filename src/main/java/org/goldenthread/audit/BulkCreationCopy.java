package org.goldenthread.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps exact the history of records a bulk write created ({@link BulkAudit}): those get no audit
 * copy when they are inserted, only the audit line naming their run of ids. The first time such a
 * record is changed or deleted, before the change reaches the database, its row as created is
 * copied to its audit table under the bulk write's revision, so the change that follows has its
 * "before" as Envers would have kept it.
 */
@Component
class BulkCreationCopy implements PreUpdateEventListener, PreDeleteEventListener {

  private final EntityManagerFactory entityManagerFactory;
  private final JdbcTemplate jdbc;
  private final Map<String, String> auditedColumns = new ConcurrentHashMap<>();

  BulkCreationCopy(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
    this.entityManagerFactory = entityManagerFactory;
    this.jdbc = jdbc;
  }

  @PostConstruct
  void listen() {
    EventListenerRegistry listeners =
        entityManagerFactory
            .unwrap(SessionFactoryImplementor.class)
            .getServiceRegistry()
            .requireService(EventListenerRegistry.class);
    listeners.prependListeners(EventType.PRE_UPDATE, this);
    listeners.prependListeners(EventType.PRE_DELETE, this);
  }

  @Override
  public boolean onPreUpdate(PreUpdateEvent event) {
    copyIfBulkCreated(event.getEntity(), event.getPersister(), event.getId());
    return false;
  }

  @Override
  public boolean onPreDelete(PreDeleteEvent event) {
    copyIfBulkCreated(event.getEntity(), event.getPersister(), event.getId());
    return false;
  }

  private void copyIfBulkCreated(Object entity, EntityPersister persister, Object id) {
    if (!entity.getClass().isAnnotationPresent(Audited.class)
        || !(id instanceof Long key)
        || !(persister instanceof AbstractEntityPersister table)) {
      return;
    }
    List<Long> revision =
        // "first_id >= 0" (ids are positive) starts the index range after the rows of single
        // changes, which have no range: H2 sorts their nulls first and would read them all.
        jdbc.queryForList(
            "select revision_id from audit_change"
                + " where entity_type = ? and first_id >= 0 and first_id <= ? and last_id >= ?",
            Long.class,
            entity.getClass().getSimpleName(),
            key,
            key);
    if (revision.isEmpty()) {
      return;
    }
    String name = table.getTableName();
    Integer copies =
        jdbc.queryForObject(
            "select count(*) from " + name + "_aud where id = ?", Integer.class, key);
    if (copies != null && copies > 0) {
      return;
    }
    String columns = auditedColumns.computeIfAbsent(name, this::columnsOf);
    jdbc.update(
        "insert into "
            + name
            + "_aud ("
            + columns
            + ", rev, revtype) select "
            + columns
            + ", ?, "
            + BulkAudit.CREATED
            + " from "
            + name
            + " where id = ?",
        revision.get(0),
        key);
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
