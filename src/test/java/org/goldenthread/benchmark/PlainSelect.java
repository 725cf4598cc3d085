package org.goldenthread.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The floor of the values export: the same rows (each value with its indicator's code and the
 * target of its period, then each target without a value), optionally of one financial year, in
 * code order, read by plain JDBC a thousand at a time with autocommit off (so PostgreSQL reads
 * through a cursor), every column fetched and nothing written anywhere.
 */
final class PlainSelect {

  private static final String VALUES =
      "select i.code, v.period, v.amount, t.amount, v.numerator, v.denominator, v.commentary,"
          + " v.remedial_action, v.forecast, v.forecast_basis from indicator_value v"
          + " join indicator i on i.id = v.indicator_id left join indicator_target t"
          + " on t.indicator_id = v.indicator_id and t.period = v.period where v.period like ?";
  private static final String TARGETS =
      "select i.code, t.period, null, t.amount, null, null, null, null, null, null"
          + " from indicator_target t join indicator i on i.id = t.indicator_id"
          + " where t.period like ? and not exists (select 1 from indicator_value v"
          + " where v.indicator_id = t.indicator_id and v.period = t.period)";

  private PlainSelect() {}

  /** Reads the rows of the year ({@code "2025/26"}) or, with {@code ""}, of every year. */
  static int rows(DataSource dataSource, String yearLabel) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement select =
          connection.prepareStatement(VALUES + " union all " + TARGETS + " order by 1")) {
        select.setFetchSize(1_000);
        select.setString(1, yearLabel + "%");
        select.setString(2, yearLabel + "%");
        int rows = 0;
        try (ResultSet found = select.executeQuery()) {
          while (found.next()) {
            found.getString(1);
            found.getString(2);
            for (int c = 3; c <= 6; c++) {
              found.getBigDecimal(c);
            }
            found.getString(7);
            found.getString(8);
            found.getBigDecimal(9);
            found.getString(10);
            rows++;
          }
        }
        connection.commit();
        return rows;
      }
    }
  }
}
