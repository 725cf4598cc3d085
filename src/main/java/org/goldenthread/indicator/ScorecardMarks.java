package org.goldenthread.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.calc.Outturn;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning marks of a scorecard's lines (SPEC §4 and §4a): for each indicator at the
 * period shown, the year-end outlook (the officer's forecast given with the period's value, the
 * projected outturn and the risk to the annual target) and the XmR chart as it stood at that
 * period, whose variation and assurance the scorecard and reports show as marks. However many
 * lines, the figures are read in bulk: every year's figures once, every forecast once, and the
 * earliest period.
 *
 * <p>The forecast is the one given with the latest value within the period shown that carries one
 * (a monthly indicator on a quarterly scorecard: its latest month's).
 */
@Service
@Transactional(
    readOnly = true,
    timeoutString = "${goldenthread.load.heavy-read-timeout-seconds:30}")
public class ScorecardMarks {

  /** An officer's forecast as given with a value, and what it rests on. */
  record Forecast(BigDecimal amount, String basis) {}

  private final IndicatorResults results;
  private final IndicatorValueRepository values;

  ScorecardMarks(IndicatorResults results, IndicatorValueRepository values) {
    this.results = results;
    this.values = values;
  }

  /** Each line's marks, by indicator id. */
  public Map<Long, ScorecardMark> of(Scorecard.Card card) {
    return of(card.lines(), card.period(), card.figures());
  }

  /** The marks of these lines of a scorecard for a period, by indicator id. */
  public Map<Long, ScorecardMark> of(
      Collection<Scorecard.Line> lines, Period period, YearFigures figures) {
    return lines.isEmpty() ? new HashMap<>() : of(lines, period, figures, earliest(period));
  }

  /**
   * As above, with the charts starting no earlier than {@code from} (see {@link #earliest}), read
   * by the caller before the figures: kept figures record which start they were worked out with.
   */
  public Map<Long, ScorecardMark> of(
      Collection<Scorecard.Line> lines, Period period, YearFigures figures, Period from) {
    Map<Long, ScorecardMark> marks = new HashMap<>();
    if (lines.isEmpty()) {
      return marks;
    }
    List<Indicator> shown = lines.stream().map(Scorecard.Line::indicator).toList();
    Map<Long, IndicatorCalculator> history = results.everyYearCalculators(shown);
    Map<Long, TreeMap<Period, Forecast>> forecasts = forecasts();
    for (Indicator indicator : shown) {
      Period reported = Scorecard.reportingPeriod(indicator, period);
      Forecast forecast = forecastWithin(forecasts.get(indicator.getId()), reported);
      Outturn outturn =
          figures
              .calculator(indicator)
              .outturn(reported, forecast == null ? null : forecast.amount());
      XmrChart chart =
          IndicatorSignals.asAt(indicator, history.get(indicator.getId()), reported, from);
      marks.put(
          indicator.getId(),
          new ScorecardMark(outturn, forecast == null ? null : forecast.basis(), chart));
    }
    return marks;
  }

  /** How many of the marks are at risk, on watch and not at risk. */
  public static Map<OutturnRisk, Integer> counts(Collection<ScorecardMark> marks) {
    Map<OutturnRisk, Integer> counts = new EnumMap<>(OutturnRisk.class);
    for (OutturnRisk r : OutturnRisk.values()) {
      counts.put(r, 0);
    }
    marks.forEach(m -> counts.merge(m.risk(), 1, Integer::sum));
    return counts;
  }

  private Map<Long, TreeMap<Period, Forecast>> forecasts() {
    Map<Long, TreeMap<Period, Forecast>> all = new HashMap<>();
    for (Object[] row : values.findEveryForecast()) {
      all.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeMap<>())
          .put(
              Period.parse((String) row[1]),
              new Forecast(new BigDecimal(row[2].toString()), (String) row[3]));
    }
    return all;
  }

  /** The forecast of the latest period within the one reported that carries one. */
  private static Forecast forecastWithin(TreeMap<Period, Forecast> given, Period reported) {
    if (given == null) {
      return null;
    }
    Forecast latest = null;
    Period latestPeriod = null;
    for (Map.Entry<Period, Forecast> e : given.entrySet()) {
      Period p = e.getKey();
      if (reported.contains(p) && (latestPeriod == null || p.end().isAfter(latestPeriod.end()))) {
        latest = e.getValue();
        latestPeriod = p;
      }
    }
    return latest;
  }

  /**
   * The start of the first year any value (in any state) is recorded for: where a chart's series
   * may begin; the shown period's year when there is none.
   */
  public Period earliest(Period shown) {
    String first = values.findEarliestPeriod();
    Period year = first == null ? shown : Period.parse(first);
    return Period.year(year.year());
  }
}
