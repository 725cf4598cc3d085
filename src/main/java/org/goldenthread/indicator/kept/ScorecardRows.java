package org.goldenthread.indicator.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
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
  private final Cache<Key, Page> pages =
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
   * One page (or every row, when the order's size is null) of what matches. A page read between two
   * equal states of the kept rows is kept with that state, and given again while the rows, the
   * services and the query are the same (a filter by plan or priority reads links no state covers:
   * never kept).
   */
  public Page page(ScorecardQuery query) {
    KeptFigures.Current now = kept.current(query.period());
    Page page = kept(query, now);
    if (page != null) {
      return page;
    }
    page = read(query);
    for (int again = 0; again < 2; again++) {
      KeptFigures.Current after = kept.current(query.period());
      if (!after.worked() && Objects.equals(after.state(), now.state())) {
        if (now.state() != null && keepable(query)) {
          pages.put(new Key(query, now.state(), units()), page);
        }
        return page;
      }
      now = after;
      Page hit = kept(query, now);
      page = hit != null ? hit : read(query);
    }
    return page;
  }

  /** A page kept in this state, if any. */
  private Page kept(ScorecardQuery query, KeptFigures.Current now) {
    if (now.state() == null || !keepable(query)) {
      return null;
    }
    return pages.getIfPresent(new Key(query, now.state(), units()));
  }

  private static boolean keepable(ScorecardQuery query) {
    return query.size() != null
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

  private record Key(ScorecardQuery query, Object state, List<Long> units) {}

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
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    String sql = "select " + COLUMNS + where.sql + " order by " + query.orderBy();
    MapSqlParameterSource params = where.params;
    if (query.size() != null) {
      sql += " limit :limit offset :offset";
      params.addValue("limit", query.size());
      params.addValue("offset", (long) (query.page() - 1) * query.size());
    }
    List<ScorecardRow> rows = new ArrayList<>();
    jdbc.query(
        sql,
        params,
        rs -> {
          rows.add(row(rs));
        });
    return new Page(
        query.period(),
        rows,
        counts,
        total,
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
            // From the stamps: H2 reads the kept rows through their index this way round.
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
