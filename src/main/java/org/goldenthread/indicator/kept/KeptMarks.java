package org.goldenthread.indicator.kept;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.ScorecardMark;
import org.goldenthread.indicator.ScorecardMarks;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.OutturnBasis;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.indicator.calc.XmrChart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The early-warning marks of a scorecard's lines read from the kept figures, as {@link
 * ScorecardMarks#of(Scorecard.Card)} works them out: what a report and a director's home page show
 * without reading every year of every indicator again. A line with no current row (a write
 * committed between the keeping and the reading) is worked out afresh.
 */
@Service
public class KeptMarks {

  private final KeptFigures kept;
  private final ScorecardMarks marks;
  private final JdbcTemplate jdbc;

  KeptMarks(KeptFigures kept, ScorecardMarks marks, JdbcTemplate jdbc) {
    this.kept = kept;
    this.marks = marks;
    this.jdbc = jdbc;
  }

  /** Each line's marks, by indicator id. */
  public Map<Long, ScorecardMark> of(Scorecard.Card card) {
    Map<Long, ScorecardMark> found = new HashMap<>();
    if (card.lines().isEmpty()) {
      return found;
    }
    kept.keep(card.period());
    Map<Long, Scorecard.Line> wanted = new HashMap<>();
    card.lines().forEach(l -> wanted.put(l.indicator().getId(), l));
    // Every current row of the period is read and those wanted kept: no list of ids is sent.
    jdbc.query(
        "select k.indicator_id, k.projected_outturn, k.outturn_basis, k.forecast,"
            + " k.annual_target, k.outturn_risk, k.forecast_basis, k.variation,"
            + " k.variation_words, k.variation_explanation, k.assurance, k.assurance_words,"
            + " k.assurance_explanation from kept_figure k join figure_stamp s"
            + " on s.indicator_id = k.indicator_id and s.stamp = k.stamp"
            + " where k.period = ? and k.from_year = ?",
        row -> {
          long id = row.getLong(1);
          if (!wanted.containsKey(id)) {
            return;
          }
          Outturn outturn =
              new Outturn(
                  row.getBigDecimal(2),
                  named(OutturnBasis.class, row.getString(3)),
                  row.getBigDecimal(4),
                  row.getBigDecimal(5),
                  OutturnRisk.valueOf(row.getString(6)));
          Variation variation = Variation.valueOf(row.getString(8));
          Assurance assurance = named(Assurance.class, row.getString(11));
          XmrChart verdicts =
              new XmrChart(
                  List.of(),
                  (BigDecimal) null,
                  null,
                  null,
                  null,
                  List.of(),
                  variation,
                  row.getString(10),
                  assurance,
                  row.getString(13));
          found.put(
              id,
              new ScorecardMark(
                  outturn,
                  row.getString(7),
                  verdicts,
                  new ScorecardMark.Said(row.getString(9), row.getString(12))));
        },
        card.period().label(),
        kept.fromYear(card.period()));
    List<Scorecard.Line> missing = new ArrayList<>();
    wanted.forEach(
        (id, line) -> {
          if (!found.containsKey(id)) {
            missing.add(line);
          }
        });
    if (!missing.isEmpty()) {
      found.putAll(marks.of(missing, card.period(), card.figures()));
    }
    return found;
  }

  private static <E extends Enum<E>> E named(Class<E> kind, String name) {
    return name == null ? null : Enum.valueOf(kind, name);
  }
}
