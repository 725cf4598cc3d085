package org.goldenthread.indicator.kept;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.indicator.formula.FormulaException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Bumps the stamps of indicators whose figures changed, and of every calculated indicator that
 * reads one of them, directly or through another: a kept row whose stamp no longer matches is never
 * read again. Runs on the changing transaction's own connection, so the bump commits with the
 * change or not at all. Stamps are only ever updated here (the rows are made when figures are first
 * kept, see {@link KeptFigures}), in indicator order, so two writers never wait on each other in a
 * cycle.
 */
final class FigureStamps {

  private static final int IN_LIST = 500;

  private FigureStamps() {}

  /**
   * Bumps these indicators' stamps and their readers'. With {@code definitions} (a definition was
   * saved, perhaps its code), every calculated indicator is bumped: a formula naming the old code
   * reads nothing now.
   */
  static void bump(Connection connection, Collection<Long> changed, boolean definitions) {
    if (changed.isEmpty()) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    Set<Long> all = new TreeSet<>(changed);
    if (definitions) {
      all.addAll(
          jdbc.queryForList("select id from indicator where formula is not null", Long.class));
    } else {
      all.addAll(readersOf(jdbc, changed));
    }
    List<Object[]> ids = all.stream().map(id -> new Object[] {id}).toList();
    jdbc.batchUpdate("update figure_stamp set stamp = stamp + 1 where indicator_id = ?", ids);
  }

  /** The calculated indicators whose formulas read any of these, transitively. */
  private static Set<Long> readersOf(JdbcTemplate jdbc, Collection<Long> changed) {
    Map<Long, Set<String>> reads = new HashMap<>();
    jdbc.query(
        "select id, formula from indicator where formula is not null",
        row -> {
          try {
            Set<String> codes = new HashSet<>();
            Formula.parse(row.getString(2))
                .references()
                .forEach(c -> codes.add(c.toUpperCase(Locale.ROOT)));
            reads.put(row.getLong(1), codes);
          } catch (FormulaException unreadable) {
            // A formula that does not parse reads nothing; its indicator shows no figure.
          }
        });
    Set<Long> readers = new HashSet<>();
    if (reads.isEmpty()) {
      return readers;
    }
    Set<String> codes = codesOf(jdbc, changed);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<Long, Set<String>> e : reads.entrySet()) {
        if (!readers.contains(e.getKey()) && e.getValue().stream().anyMatch(codes::contains)) {
          readers.add(e.getKey());
          codes.addAll(codesOf(jdbc, List.of(e.getKey())));
          grew = true;
        }
      }
    }
    return readers;
  }

  private static Set<String> codesOf(JdbcTemplate jdbc, Collection<Long> ids) {
    NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
    Set<String> codes = new HashSet<>();
    List<Long> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += IN_LIST) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
      named.query(
          "select code from indicator where id in (:ids)",
          new MapSqlParameterSource("ids", part),
          row -> {
            codes.add(row.getString(1).toUpperCase(Locale.ROOT));
          });
    }
    return codes;
  }
}
