package org.goldenthread.indicator.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.period.Period;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The scorecard read from kept figures: filtered, counted, sorted and paged in SQL over {@code
 * kept_figure} joined to the indicator. The figures are made current first ({@link KeptFigures}); a
 * writer committing between that and the read makes the read run again.
 */
@Service
public class ScorecardRows {

  /** A page of the scorecard: its rows, how many of each status and risk among all that match. */
  public record Page(
      Period period,
      List<ScorecardRow> rows,
      Map<Status, Integer> counts,
      int total,
      int atRisk,
      int onWatch) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final KeptFigures kept;
  private final FrameworkService framework;
  private final OrgUnitService units;
  private final Cache<OrderKey, Order> orders =
      Caffeine.newBuilder().maximumSize(200).expireAfterAccess(Duration.ofMinutes(30)).build();

  ScorecardRows(
      NamedParameterJdbcTemplate jdbc,
      KeptFigures kept,
      FrameworkService framework,
      OrgUnitService units) {
    this.jdbc = jdbc;
    this.kept = kept;
    this.framework = framework;
    this.units = units;
  }

  /**
   * One page (or every row, when the order's size is null) of what matches. For a page, what
   * matches is counted and put in order once for a state of the kept rows (and of the services),
   * and kept while it stands: each page then reads only its own rows. A filter by plan or priority
   * reads links no state covers, so its order is never kept.
   */
  public Page page(ScorecardQuery query) {
    if (query.size() == null) {
      kept.keep(query.period());
      Page page = read(query);
      for (int again = 0; again < 2 && kept.keep(query.period()); again++) {
        page = read(query);
      }
      return page;
    }
    KeptFigures.Current now = kept.current(query.period());
    Page page = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      OrderKey key =
          keepable(query, now) ? new OrderKey(query.unpaged(), now.state(), units()) : null;
      Order order = key == null ? null : orders.getIfPresent(key);
      boolean fresh = order == null;
      Where where = where(query);
      if (fresh) {
        order = order(query, where);
      }
      page = order.page(query, rows(where, order.slice(query)));
      KeptFigures.Current after = kept.current(query.period());
      if (!after.worked() && Objects.equals(after.state(), now.state())) {
        if (fresh && key != null) {
          orders.put(key, order);
        }
        return page;
      }
      now = after;
    }
    return page;
  }

  private static boolean keepable(ScorecardQuery query, KeptFigures.Current now) {
    return now.state() != null
        && query.filter().planId() == null
        && query.filter().itemId() == null;
  }

  /** The services as they stand: their names are on the rows, their tree in the filter. */
  private List<Long> units() {
    return jdbc.getJdbcTemplate()
        .queryForObject(
            "select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from org_unit",
            (rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
  }

  private record OrderKey(ScorecardQuery question, Object state, List<Long> units) {}

  /** What a question matches: how many of each status and risk, and every id in order. */
  private record Order(Counts counts, List<Long> ids) {

    List<Long> slice(ScorecardQuery query) {
      int from = Math.min(ids.size(), (query.page() - 1) * query.size());
      return ids.subList(from, Math.min(ids.size(), from + query.size()));
    }

    Page page(ScorecardQuery query, List<ScorecardRow> rows) {
      return counts.page(query, rows);
    }
  }

  private Order order(ScorecardQuery query, Where where) {
    List<Long> ids =
        jdbc.queryForList(
            "select i.id" + where.sql + " order by " + query.orderBy(), where.params, Long.class);
    return new Order(counts(where), List.copyOf(ids));
  }

  /** The rows of these ids, in their order. */
  private List<ScorecardRow> rows(Where where, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource(where.params.getValues());
    params.addValue("ids", ids);
    Map<Long, ScorecardRow> byId = new HashMap<>();
    jdbc.query(
        "select " + COLUMNS + where.sql + " and i.id in (:ids)",
        params,
        rs -> {
          ScorecardRow row = row(rs);
          byId.put(row.id(), row);
        });
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** Every matching row in the query's order, one at a time (for the CSV). */
  public void each(ScorecardQuery query, Consumer<ScorecardRow> row) {
    kept.keep(query.period());
    Where where = where(query);
    jdbc.query(
        "select " + COLUMNS + where.sql + " order by " + query.orderBy(),
        where.params,
        rs -> {
          row.accept(row(rs));
        });
  }

  private Page read(ScorecardQuery query) {
    Where where = where(query);
    Counts counts = counts(where);
    List<ScorecardRow> rows = new ArrayList<>();
    jdbc.query(
        "select " + COLUMNS + where.sql + " order by " + query.orderBy(),
        where.params,
        rs -> {
          rows.add(row(rs));
        });
    return counts.page(query, rows);
  }

  /** How many of each status and risk match. */
  private record Counts(Map<Status, Integer> statuses, int total, int atRisk, int onWatch) {

    Page page(ScorecardQuery query, List<ScorecardRow> rows) {
      return new Page(query.period(), rows, statuses, total, atRisk, onWatch);
    }
  }

  private Counts counts(Where where) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    Map<OutturnRisk, Integer> risks = new EnumMap<>(OutturnRisk.class);
    jdbc.query(
        "select k.status, k.outturn_risk, count(*)"
            + where.sql
            + " group by k.status, k.outturn_risk",
        where.params,
        rs -> {
          int n = rs.getInt(3);
          counts.merge(Status.valueOf(rs.getString(1)), n, Integer::sum);
          risks.merge(OutturnRisk.valueOf(rs.getString(2)), n, Integer::sum);
        });
    return new Counts(
        Collections.unmodifiableMap(counts),
        counts.values().stream().mapToInt(Integer::intValue).sum(),
        risks.getOrDefault(OutturnRisk.AT_RISK, 0),
        risks.getOrDefault(OutturnRisk.WATCH, 0));
  }

  private static final String COLUMNS =
      "i.id, i.code, i.title, (select u.name from org_unit u where u.id = i.org_unit_id),"
          + " k.shown_period, k.actual_shown, k.target_shown, k.status,"
          + " k.trend_previous, k.trend_last_year, k.outturn_risk, k.forecast_shown,"
          + " k.projection_shown, k.annual_target_shown, k.variation, k.variation_words,"
          + " k.variation_explanation, k.assurance, k.assurance_words, k.assurance_explanation";

  private record Where(String sql, MapSqlParameterSource params) {}

  private Where where(ScorecardQuery query) {
    Scorecard.Filter filter = query.filter();
    MapSqlParameterSource params = new MapSqlParameterSource();
    StringBuilder sql =
        new StringBuilder(
            " from figure_stamp s"
                + " join kept_figure k on k.indicator_id = s.indicator_id and k.stamp = s.stamp"
                + " join indicator i on i.id = k.indicator_id"
                + " where k.period = :period and k.from_year = :fromYear and i.active = true");
    params.addValue("period", query.period().label());
    params.addValue("fromYear", kept.fromYear(query.period()));
    if (query.within() != null) {
      // A partner user's part; none at all matches nothing.
      sql.append(" and i.id in (:within)");
      params.addValue("within", query.within().isEmpty() ? List.of(-1L) : query.within());
    }
    if (filter.type() != null) {
      sql.append(" and i.type = :type");
      params.addValue("type", filter.type().name());
    }
    if (filter.portfolioId() != null) {
      sql.append(" and i.portfolio_id = :portfolio");
      params.addValue("portfolio", filter.portfolioId());
    }
    if (filter.orgUnitId() != null) {
      sql.append(" and i.org_unit_id in (:units)");
      params.addValue("units", units.unitIdsWithin(List.of(filter.orgUnitId())));
    }
    if (filter.planId() != null) {
      sql.append(
          " and exists (select 1 from indicator_item ii join framework_item f on f.id = ii.item_id"
              + " where ii.indicator_id = i.id and f.plan_id = :plan)");
      params.addValue("plan", filter.planId());
    }
    if (filter.itemId() != null) {
      Set<Long> items = new HashSet<>(framework.graph().beneath(filter.itemId()));
      items.add(filter.itemId());
      sql.append(
          " and exists (select 1 from indicator_item ii where ii.indicator_id = i.id"
              + " and ii.item_id in (:items))");
      params.addValue("items", items);
    }
    if (filter.status() != null) {
      sql.append(" and k.status = :status");
      params.addValue("status", filter.status().name());
    }
    return new Where(sql.toString(), params);
  }

  private static ScorecardRow row(ResultSet rs) throws SQLException {
    return new ScorecardRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        Status.valueOf(rs.getString(8)),
        value(Trend.class, rs.getString(9)),
        value(Trend.class, rs.getString(10)),
        OutturnRisk.valueOf(rs.getString(11)),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        Variation.valueOf(rs.getString(15)),
        rs.getString(16),
        rs.getString(17),
        value(Assurance.class, rs.getString(18)),
        rs.getString(19),
        rs.getString(20));
  }

  private static <E extends Enum<E>> E value(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
