package org.goldenthread.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The yardstick for the values import: a plain JDBC batch insert of a values file's rows into the
 * same tables, with the same columns, as the import writes them (each row's value into {@code
 * indicator_value} and its target into {@code indicator_target}), a thousand rows to a batch and
 * one transaction per file, with no checks and no audit trail. Ids are given from above the largest
 * in each table, as an application that keeps its own keys would.
 */
final class PlainInsert {

  private static final int BATCH = 1_000;
  private static final String VALUE =
      "insert into indicator_value (id, indicator_id, period, amount, numerator, denominator,"
          + " commentary, remedial_action, state, historic, change_reason, entered_by,"
          + " entered_by_person_id, entered_by_account_id, entered_at, submitted_by,"
          + " submitted_by_person_id, submitted_by_account_id, submitted_at, verified_by,"
          + " verified_by_person_id, verified_by_account_id, verified_at, published_at, version)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', true, null, ?, null, null, ?, null,"
          + " null, null, null, null, null, null, null, ?, 0)";
  private static final String TARGET =
      "insert into indicator_target (id, indicator_id, period, amount, set_by, set_by_person_id,"
          + " set_by_account_id, set_at, approved_by, approved_by_person_id,"
          + " approved_by_account_id, approved_at, version)"
          + " values (?, ?, ?, ?, ?, null, null, ?, null, null, null, null, 0)";

  private final DataSource dataSource;

  PlainInsert(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Inserts the file's rows; answers how many rows it inserted. */
  int insert(byte[] file) throws SQLException {
    String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
    Timestamp now = Timestamp.from(Instant.now());
    int rows = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Map<String, Long> ids = indicatorIds(connection);
      long valueId = largestId(connection, "indicator_value");
      long targetId = largestId(connection, "indicator_target");
      try (PreparedStatement values = connection.prepareStatement(VALUE);
          PreparedStatement targets = connection.prepareStatement(TARGET)) {
        for (int i = 1; i < lines.length; i++) {
          // code,period,actual,target,numerator,denominator,commentary,remedial_action
          String[] cell = lines[i].split(",", -1);
          long indicatorId = ids.get(cell[0]);
          values.setLong(1, ++valueId);
          values.setLong(2, indicatorId);
          values.setString(3, cell[1]);
          number(values, 4, cell[2]);
          number(values, 5, cell[4]);
          number(values, 6, cell[5]);
          values.setNull(7, Types.VARCHAR);
          values.setNull(8, Types.VARCHAR);
          values.setString(9, "Benchmark");
          values.setTimestamp(10, now);
          values.setTimestamp(11, now);
          values.addBatch();
          targets.setLong(1, ++targetId);
          targets.setLong(2, indicatorId);
          targets.setString(3, cell[1]);
          number(targets, 4, cell[3]);
          targets.setString(5, "Benchmark");
          targets.setTimestamp(6, now);
          targets.addBatch();
          if (++rows % BATCH == 0) {
            values.executeBatch();
            targets.executeBatch();
          }
        }
        values.executeBatch();
        targets.executeBatch();
      }
      connection.commit();
    }
    return rows;
  }

  /** Deletes the benchmark's values and targets (those of indicators coded BM-), untimed. */
  void deleteBenchmarkFigures() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : new String[] {"indicator_value", "indicator_target"}) {
        statement.executeUpdate(
            "delete from "
                + table
                + " where indicator_id in (select id from indicator where code like 'BM-%')");
      }
    }
  }

  private static Map<String, Long> indicatorIds(Connection connection) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet found = statement.executeQuery("select code, id from indicator")) {
      while (found.next()) {
        ids.put(found.getString(1), found.getLong(2));
      }
    }
    return ids;
  }

  private static long largestId(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet found = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
      found.next();
      return found.getLong(1);
    }
  }

  private static void number(PreparedStatement statement, int index, String cell)
      throws SQLException {
    if (cell.isEmpty()) {
      statement.setNull(index, Types.NUMERIC);
    } else {
      statement.setBigDecimal(index, new BigDecimal(cell));
    }
  }
}
