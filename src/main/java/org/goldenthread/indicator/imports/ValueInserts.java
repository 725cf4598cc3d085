package org.goldenthread.indicator.imports;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.audit.BulkAudit;
import org.goldenthread.indicator.kept.FigureWrites;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.shared.PersonRef;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts an import's new values and targets by plain SQL, a hundred rows to a statement, and
 * audits them as created ({@link BulkAudit}): the records are built by their own constructors and
 * rules ({@link IndicatorValue#recordHistoric}, {@link IndicatorTarget#set}) and only their columns
 * are written here. Ids come from the records' own sequences through Hibernate's generator, so they
 * never clash with records Hibernate saves.
 */
@Component
class ValueInserts {

  private static final int ROWS_PER_STATEMENT = 100;

  private static final Table VALUES =
      new Table(
          IndicatorValue.class,
          "indicator_value",
          "id, indicator_id, period, amount, numerator, denominator, commentary, remedial_action,"
              + " state, historic, change_reason, entered_by, entered_by_person_id,"
              + " entered_by_account_id, entered_at, submitted_by, submitted_by_person_id,"
              + " submitted_by_account_id, submitted_at, verified_by, verified_by_person_id,"
              + " verified_by_account_id, verified_at, published_at, version, forecast,"
              + " forecast_basis",
          new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.NUMERIC,
            Types.NUMERIC,
            Types.NUMERIC,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BOOLEAN,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.BIGINT,
            Types.NUMERIC,
            Types.VARCHAR
          });

  private static final Table TARGETS =
      new Table(
          IndicatorTarget.class,
          "indicator_target",
          "id, indicator_id, period, amount, set_by, set_by_person_id, set_by_account_id, set_at,"
              + " approved_by, approved_by_person_id, approved_by_account_id, approved_at, version",
          new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.NUMERIC,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.BIGINT
          });

  /** A table written here: the record type it holds, its columns and their SQL types. */
  private record Table(Class<?> type, String name, String columns, int[] types) {

    String insert(int rows) {
      String one = "(?" + ", ?".repeat(types.length - 1) + ")";
      StringBuilder sql =
          new StringBuilder("insert into ").append(name).append(" (").append(columns);
      sql.append(") values ").append(one);
      sql.append((", " + one).repeat(rows - 1));
      return sql.toString();
    }
  }

  private final JdbcTemplate jdbc;
  private final EntityManager entities;
  private final BulkAudit audit;
  private final FigureWrites figureWrites;

  ValueInserts(
      JdbcTemplate jdbc, EntityManager entities, BulkAudit audit, FigureWrites figureWrites) {
    this.jdbc = jdbc;
    this.entities = entities;
    this.audit = audit;
    this.figureWrites = figureWrites;
  }

  /** Starts collecting the new records of one import, in its transaction. */
  Run start() {
    return new Run(entities.unwrap(SharedSessionContractImplementor.class));
  }

  /**
   * One import's new records: added, written at each {@link #flush}, audited at {@link #finish}.
   */
  final class Run {

    private final SharedSessionContractImplementor session;
    private final Pending values;
    private final Pending targets;
    private final Set<Long> indicatorIds = new HashSet<>();

    private Run(SharedSessionContractImplementor session) {
      this.session = session;
      this.values = new Pending(VALUES);
      this.targets = new Pending(TARGETS);
    }

    void add(long indicatorId, IndicatorValue v) {
      indicatorIds.add(indicatorId);
      long id = values.nextId();
      values.rows.add(
          new Object[] {
            id,
            indicatorId,
            v.getPeriod().label(),
            v.getAmount(),
            v.getNumerator(),
            v.getDenominator(),
            v.getCommentary(),
            v.getRemedialAction(),
            v.getState().name(),
            v.isHistoric(),
            v.getChangeReason(),
            name(v.getEnteredByPerson()),
            personId(v.getEnteredByPerson()),
            accountId(v.getEnteredByPerson()),
            time(v.getEnteredAt()),
            name(v.getSubmittedByPerson()),
            personId(v.getSubmittedByPerson()),
            accountId(v.getSubmittedByPerson()),
            time(v.getSubmittedAt()),
            name(v.getVerifiedByPerson()),
            personId(v.getVerifiedByPerson()),
            accountId(v.getVerifiedByPerson()),
            time(v.getVerifiedAt()),
            time(v.getPublishedAt()),
            v.getVersion(),
            v.getForecast(),
            v.getForecastBasis()
          });
    }

    void add(long indicatorId, IndicatorTarget t) {
      indicatorIds.add(indicatorId);
      long id = targets.nextId();
      targets.rows.add(
          new Object[] {
            id,
            indicatorId,
            t.getPeriod().label(),
            t.getAmount(),
            name(t.getSetByPerson()),
            personId(t.getSetByPerson()),
            accountId(t.getSetByPerson()),
            time(t.getSetAt()),
            name(t.getApprovedByPerson()),
            personId(t.getApprovedByPerson()),
            accountId(t.getApprovedByPerson()),
            time(t.getApprovedAt()),
            t.getVersion()
          });
    }

    /** Writes the records added since the last flush. */
    void flush() {
      values.write();
      targets.write();
      // Their kept figures go stale when this transaction commits.
      figureWrites.touched(entities, indicatorIds);
      indicatorIds.clear();
    }

    /**
     * Writes what is left and audits every record the run created: at the end, so that each run of
     * ids is named by one audit line.
     */
    void finish() {
      flush();
      values.audit();
      targets.audit();
    }

    /** Records of one table waiting to be written, and the runs of ids given out. */
    private final class Pending {

      private final Table table;
      private final IdentifierGenerator ids;
      private final List<Object[]> rows = new ArrayList<>();
      private final List<long[]> runs = new ArrayList<>();

      Pending(Table table) {
        this.table = table;
        this.ids =
            (IdentifierGenerator)
                session
                    .getFactory()
                    .getMappingMetamodel()
                    .getEntityDescriptor(table.type())
                    .getGenerator();
      }

      long nextId() {
        long id = (Long) ids.generate(session, null);
        long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last[1] + 1 == id) {
          last[1] = id;
        } else {
          runs.add(new long[] {id, id});
        }
        return id;
      }

      /** Writes the waiting rows, a hundred to a statement. */
      void write() {
        int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        if (full > 0) {
          jdbc.batchUpdate(
              table.insert(ROWS_PER_STATEMENT),
              new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement statement, int i) throws SQLException {
                  bind(statement, i * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT);
                }

                @Override
                public int getBatchSize() {
                  return full / ROWS_PER_STATEMENT;
                }
              });
        }
        int rest = rows.size() - full;
        if (rest > 0) {
          jdbc.update(table.insert(rest), statement -> bind(statement, full, rest));
        }
        rows.clear();
      }

      private void bind(PreparedStatement statement, int from, int count) throws SQLException {
        int[] types = table.types();
        int index = 1;
        for (int r = from; r < from + count; r++) {
          Object[] row = rows.get(r);
          for (int c = 0; c < row.length; c++, index++) {
            set(statement, index, types[c], row[c]);
          }
        }
      }

      /** Binds by the column's type: a typed setter spares the driver working out the type. */
      private static void set(PreparedStatement statement, int index, int type, Object value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, type);
          return;
        }
        switch (type) {
          case Types.BIGINT -> statement.setLong(index, (Long) value);
          case Types.VARCHAR -> statement.setString(index, (String) value);
          case Types.NUMERIC -> statement.setBigDecimal(index, (BigDecimal) value);
          case Types.BOOLEAN -> statement.setBoolean(index, (Boolean) value);
          default -> statement.setObject(index, value);
        }
      }

      void audit() {
        for (long[] run : runs) {
          audit.named(table.type(), run[0], run[1]);
        }
      }
    }
  }

  private static String name(PersonRef person) {
    return person == null ? null : person.name();
  }

  private static Long personId(PersonRef person) {
    return person == null ? null : person.personId();
  }

  private static Long accountId(PersonRef person) {
    return person == null ? null : person.accountId();
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
