package org.goldenthread.indicator.kept;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.ScorecardMarks;
import org.goldenthread.indicator.YearFigures;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.period.Period;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what each indicator shows on a scorecard of a period: finds the active indicators with no
 * current row (one query, not needed while a summary of the stamps and of the writes to kept rows
 * is as it was when none was missing), works their figures out with the same code a scorecard
 * always used ({@link IndicatorResults#yearFigures}, {@link ScorecardMarks}) and writes them. A row
 * is current while its stamp is the indicator's and its charts start where the earliest value now
 * is. Both are read before the figures, so a row worked out from figures a writer has since changed
 * carries the old stamp and is never read. Fillers in this process take turns per period; one in
 * another process that wrote the same rows first only makes this one look again.
 */
@Service
public class KeptFigures {

  private static final int SMALL = 250;
  private static final String INSERT =
      "insert into kept_figure (indicator_id, period, stamp, from_year, shown_period, actual,"
          + " target, actual_shown, target_shown, status, trend_previous, trend_last_year,"
          + " projected_outturn, outturn_basis, forecast, annual_target, projection_shown,"
          + " forecast_shown, annual_target_shown, outturn_risk, forecast_basis, variation,"
          + " variation_words, variation_explanation, assurance, assurance_words,"
          + " assurance_explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final int[] TYPES = {
    Types.BIGINT,
    Types.VARCHAR,
    Types.BIGINT,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.NUMERIC,
    Types.NUMERIC,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.NUMERIC,
    Types.VARCHAR,
    Types.NUMERIC,
    Types.NUMERIC,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR
  };

  private final JdbcTemplate jdbc;
  private final IndicatorRepository indicators;
  private final IndicatorResults results;
  private final ScorecardMarks marks;
  private final Figures figures;
  private final FigureWrites writes;
  private final EntityManager entities;
  private final TransactionTemplate joined;
  private final TransactionTemplate separate;
  private final Map<Period, Object> turns = new ConcurrentHashMap<>();
  private final Map<Period, State> current = new ConcurrentHashMap<>();

  KeptFigures(
      JdbcTemplate jdbc,
      IndicatorRepository indicators,
      IndicatorResults results,
      ScorecardMarks marks,
      Figures figures,
      FigureWrites writes,
      EntityManager entities,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.indicators = indicators;
    this.results = results;
    this.marks = marks;
    this.figures = figures;
    this.writes = writes;
    this.entities = entities;
    this.joined = new TransactionTemplate(transactions);
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Where the XmR charts of a scorecard of this period start now: kept rows say theirs. */
  public String fromYear(Period period) {
    return marks.earliest(period).label();
  }

  /**
   * The rows of a period made current: whether any had to be worked out (a reader that read rows
   * before may then read again), and the state they are current in. Two reads in equal states read
   * the same rows; the state is null when that cannot be told (rows were worked out, or the
   * caller's transaction writes).
   */
  public record Current(boolean worked, Object state) {}

  /**
   * Makes every active indicator's row for the period current; true when any had to be worked out
   * (a reader that read rows before may then read again). Within a transaction that wrote figures,
   * their stamps are bumped first, so the rows kept in it (and gone with it, if it rolls back) show
   * what it wrote.
   */
  public boolean keep(Period period) {
    return current(period).worked();
  }

  /** As {@link #keep}, saying also the state the rows are current in. */
  public Current current(Period period) {
    boolean writing = false;
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      writes.settle(entities);
      writing = !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
    String fromYear = fromYear(period);
    State state = state(fromYear);
    if (state.equals(current.get(period))) {
      return new Current(false, writing ? null : state);
    }
    if (missing(period, fromYear).isEmpty()) {
      remember(period, state);
      return new Current(false, writing ? null : state);
    }
    synchronized (turns.computeIfAbsent(period, p -> new Object())) {
      boolean worked = false;
      for (int attempt = 0; attempt < 3; attempt++) {
        try {
          if (!Boolean.TRUE.equals(transaction().execute(t -> keepMissing(period)))) {
            return new Current(worked, null);
          }
          worked = true;
        } catch (DataIntegrityViolationException anotherWroteThemFirst) {
          // Another process kept some of the same rows: look again.
        }
      }
      return new Current(worked, null);
    }
  }

  /**
   * What every kept row of the period being current rests on: the indicators, their stamps, the
   * start of the charts and the count of writes to kept rows (each writer of kept rows, here or in
   * another process, adds one in its transaction). Stamps and the count only grow, so while this is
   * as it was when no row was missing, none is, and the search for missing rows (a look-up per
   * indicator) is not needed. Read before that search.
   */
  private record State(
      String fromYear,
      long indicators,
      long lastIndicator,
      long stamps,
      long stampSum,
      long keptWrites) {}

  private State state(String fromYear) {
    return jdbc.queryForObject(
        "select (select count(*) from indicator), (select coalesce(max(id), 0) from indicator),"
            + " (select count(*) from figure_stamp),"
            + " (select coalesce(sum(stamp), 0) from figure_stamp), v.version"
            + " from kept_version v where v.id = 1",
        (rs, n) ->
            new State(
                fromYear,
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5)));
  }

  /**
   * Remembers a state in which no row was missing: at once when what was read is committed, else
   * once the transaction that read it (and perhaps kept rows in it) commits.
   */
  private void remember(Period period, State state) {
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              current.put(period, state);
            }
          });
    } else {
      current.put(period, state);
    }
  }

  /**
   * The filler's transaction: the caller's, so that what it has written is seen and what is kept
   * goes with it; a new one when the caller only reads (its database may refuse writes).
   */
  private TransactionTemplate transaction() {
    return TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? separate : joined;
  }

  private boolean keepMissing(Period period) {
    if (missing(period, fromYear(period)).containsValue(null)) {
      // Indicators made since the stamps were (by plain SQL, say) get theirs.
      jdbc.update(
          "insert into figure_stamp (indicator_id, stamp) select i.id, 0 from indicator i"
              + " where not exists (select 1 from figure_stamp s where s.indicator_id = i.id)");
    }
    List<Object[]> rows = workOut(period);
    if (rows.isEmpty()) {
      return false;
    }
    write(period, rows);
    return true;
  }

  /**
   * The active indicators with no current row for the period, with their stamps now (null for one
   * with no stamp yet).
   */
  private Map<Long, Long> missing(Period period, String fromYear) {
    Map<Long, Long> stamps = new HashMap<>();
    jdbc.query(
        "select i.id, s.stamp from indicator i left join figure_stamp s on s.indicator_id = i.id"
            + " where i.active = true and (s.stamp is null or not exists (select 1"
            + " from kept_figure k where k.indicator_id = i.id and k.period = ?"
            + " and k.stamp = s.stamp and k.from_year = ?))",
        row -> {
          long id = row.getLong(1);
          long stamp = row.getLong(2);
          stamps.put(id, row.wasNull() ? null : stamp);
        },
        period.label(),
        fromYear);
    return stamps;
  }

  private List<Object[]> workOut(Period period) {
    // The start of the charts and the stamps are read before any figure.
    Period from = marks.earliest(period);
    Map<Long, Long> stamps = missing(period, from.label());
    stamps.values().removeIf(Objects::isNull);
    if (stamps.isEmpty()) {
      return List.of();
    }
    List<Indicator> chosen =
        (stamps.size() <= SMALL
                ? indicators.findAllById(stamps.keySet())
                : indicators.findAllInOrder())
            .stream()
                .filter(Indicator::isActive)
                .filter(i -> stamps.containsKey(i.getId()))
                .toList();
    YearFigures year = results.yearFigures(chosen, period.financialYear());
    List<Scorecard.Line> lines = new ArrayList<>();
    for (Indicator indicator : chosen) {
      PeriodResult result =
          year.calculator(indicator).result(Scorecard.reportingPeriod(indicator, period));
      lines.add(new Scorecard.Line(indicator, result));
    }
    Map<Long, ScorecardMark> marked = marks.of(lines, period, year, from);
    List<Object[]> rows = new ArrayList<>();
    for (Scorecard.Line line : lines) {
      Indicator i = line.indicator();
      rows.add(row(line, marked.get(i.getId()), period, stamps.get(i.getId()), from.label()));
    }
    return rows;
  }

  private Object[] row(
      Scorecard.Line line, ScorecardMark mark, Period period, long stamp, String fromYear) {
    Indicator i = line.indicator();
    PeriodResult r = line.result();
    Outturn o = mark.outturn();
    return new Object[] {
      i.getId(),
      period.label(),
      stamp,
      fromYear,
      r.period().label(),
      kept(r.actual()),
      kept(r.target()),
      figures.of(i, r.actual()),
      figures.of(i, r.target()),
      r.status().name(),
      name(r.trendFromPrevious()),
      name(r.trendFromLastYear()),
      kept(o.projectedOutturn()),
      name(o.basis()),
      kept(o.forecast()),
      kept(o.annualTarget()),
      figures.of(i, o.projectedOutturn()),
      figures.of(i, o.forecast()),
      figures.of(i, o.annualTarget()),
      o.risk().name(),
      mark.forecastBasis(),
      mark.variation().name(),
      mark.variationWords(),
      mark.chart().variationExplanation(),
      name(mark.assurance()),
      mark.assuranceWords(),
      mark.chart().assuranceExplanation()
    };
  }

  private void write(Period period, List<Object[]> rows) {
    // Rows left from older stamps or chart starts make way.
    jdbc.batchUpdate(
        "delete from kept_figure where indicator_id = ? and period = ?",
        rows.stream().map(r -> new Object[] {r[0], period.label()}).toList());
    jdbc.batchUpdate(INSERT, rows, TYPES);
    jdbc.update("update kept_version set version = version + 1 where id = 1");
  }

  /** Kept to sort by: the figure as shown is kept beside it, worked out from the exact one. */
  private static BigDecimal kept(BigDecimal exact) {
    return exact == null ? null : exact.setScale(12, RoundingMode.HALF_UP);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
