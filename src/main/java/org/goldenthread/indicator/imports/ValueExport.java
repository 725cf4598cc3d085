package org.goldenthread.indicator.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.goldenthread.spreadsheet.SheetOutput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Values and targets written to an export as the database hands them over: plain queries, filtered
 * by indicator and financial year in the database, read a thousand rows at a time (on PostgreSQL
 * inside the caller's transaction, so the driver reads through a cursor) and written row by row, so
 * that the whole history of a large council streams out in constant memory.
 *
 * <p>Rows come in indicator code order, the order of the definitions export; an indicator's rows
 * are then put in period order ({@link Period}'s, which labels do not follow as text: 2025/26 M01,
 * Q1, H1, 2025/26, M02…) before they are written, so only one indicator's rows are ever held.
 */
@Component
class ValueExport {

  /** Every value, with the target of its indicator and period if there is one. */
  private static final String VALUED =
      "select i.code, v.period, v.amount, t.amount, v.numerator, v.denominator, v.commentary,"
          + " v.remedial_action, v.forecast, v.forecast_basis"
          + " from indicator i join indicator_value v on v.indicator_id = i.id"
          + " left join indicator_target t on t.indicator_id = v.indicator_id"
          + " and t.period = v.period where 1 = 1";

  /** Every target with no value for its indicator and period. */
  private static final String TARGETED =
      "select i.code, t.period, null, t.amount, null, null, null, null, null, null"
          + " from indicator i join indicator_target t on t.indicator_id = i.id"
          + " where not exists (select 1 from indicator_value v"
          + " where v.indicator_id = t.indicator_id and v.period = t.period)";

  private static final int FETCHED = 1_000;
  private static final int CODES_AT_A_TIME = 1_000;

  private final JdbcTemplate jdbc;
  private final int codesAtATime;

  @Autowired
  ValueExport(DataSource dataSource) {
    this(dataSource, CODES_AT_A_TIME);
  }

  ValueExport(DataSource dataSource, int codesAtATime) {
    jdbc = new JdbcTemplate(dataSource);
    jdbc.setFetchSize(FETCHED);
    this.codesAtATime = codesAtATime;
  }

  /**
   * Writes one row per indicator and period with a value or a target (only {@code code}'s, and only
   * periods in the financial year starting in {@code year}, if given) after the headings; answers
   * how many rows it wrote, headings aside.
   */
  int write(String code, Integer year, SheetOutput out) throws IOException {
    out.row(ValueColumns.LAYOUT.headings());
    Indicators rows = new Indicators(out);
    String period = year == null ? null : new FinancialYear(year).label() + "%";
    if (code != null && !code.isBlank()) {
      read(" and upper(i.code) = upper(?)", period, rows, code.trim());
    } else {
      // A range of codes at a time, in the database's own order of codes: each query sorts a
      // bounded share of the rows however large the council, and sends no list of ids. Larger
      // ranges mean fewer queries: PostgreSQL may scan the values table once for each.
      List<String> codes =
          jdbc.queryForList("select code from indicator order by code", String.class);
      for (int from = 0; from < codes.size(); from += codesAtATime) {
        int to = Math.min(codes.size(), from + codesAtATime) - 1;
        read(" and i.code between ? and ?", period, rows, codes.get(from), codes.get(to));
      }
    }
    rows.flush();
    return rows.written;
  }

  private void read(String chosen, String period, Indicators rows, Object... codes)
      throws IOException {
    List<Object> arguments = new ArrayList<>();
    StringBuilder sql = new StringBuilder(VALUED).append(chosen);
    arguments.addAll(List.of(codes));
    if (period != null) {
      sql.append(" and v.period like ?");
      arguments.add(period);
    }
    sql.append(" union all ").append(TARGETED).append(chosen);
    arguments.addAll(List.of(codes));
    if (period != null) {
      sql.append(" and t.period like ?");
      arguments.add(period);
    }
    try {
      jdbc.query(sql.append(" order by 1").toString(), rows, arguments.toArray());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Gathers one indicator's rows, and writes them in period order when the next one begins. */
  private static final class Indicators implements RowCallbackHandler {

    private static final Comparator<Line> IN_ORDER = Comparator.comparing(Line::period);

    private final SheetOutput out;
    private final List<Line> held = new ArrayList<>();
    private String code;
    private int written;

    Indicators(SheetOutput out) {
      this.out = out;
    }

    @Override
    public void processRow(ResultSet row) throws SQLException {
      String next = row.getString(1);
      if (!next.equals(code)) {
        flush();
        code = next;
      }
      Period period = Period.parse(row.getString(2));
      held.add(
          new Line(
              period,
              List.of(
                  next,
                  period.label(),
                  number(row.getBigDecimal(3)),
                  number(row.getBigDecimal(4)),
                  number(row.getBigDecimal(5)),
                  number(row.getBigDecimal(6)),
                  text(row.getString(7)),
                  text(row.getString(8)),
                  "",
                  number(row.getBigDecimal(9)),
                  text(row.getString(10)))));
    }

    void flush() {
      held.sort(IN_ORDER);
      try {
        for (Line line : held) {
          out.row(line.cells());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written += held.size();
      held.clear();
    }
  }

  private record Line(Period period, List<String> cells) {}

  private static String number(BigDecimal n) {
    return n == null ? "" : Numbers.plain(n);
  }

  private static String text(String t) {
    return t == null ? "" : t;
  }
}
