package org.goldenthread.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * The published figures some demo indicators are drawn from, with where they come from. The council
 * is invented, so each series is placed from the demo's first year (DemoYear minus two), whatever
 * year the demo is installed in; the figures themselves are as published.
 */
final class DemoSeries {

  private DemoSeries() {}

  /** A series: its source, and figures for consecutive periods from the demo's first year. */
  record Series(String source, PeriodType type, List<String> figures) {}

  private static final String TRAFFORD =
      "Trafford Council open data (Trafford Data Lab, trafford_themes), Open Government Licence"
          + " v3.0";

  private static final String HART =
      "Levels and targets modelled on Hart District Council's published KPI register 2014/15"
          + " (HartDC on GitHub, MIT licence); the figures are invented";

  private static final Map<String, Series> SERIES =
      Map.ofEntries(
          Map.entry(
              "trafford-major",
              new Series(
                  TRAFFORD
                      + ": Trafford's majors decided in time, 2024/25 Q1 to 2025/26 Q3, shown from"
                      + " the demo's first year; application counts and later quarters invented",
                  PeriodType.QUARTER,
                  List.of("100", "86", "88", "86", "100", "100", "100"))),
          Map.entry(
              "trafford-nonmajor",
              new Series(
                  TRAFFORD
                      + ": Trafford's non-majors decided in time, 2024/25 Q1 to 2025/26 Q3, shown"
                      + " from the demo's first year; application counts and later quarters"
                      + " invented",
                  PeriodType.QUARTER,
                  List.of("90.8", "90.3", "91", "93.3", "97", "92.6", "92"))),
          Map.entry(
              "england-recycling",
              new Series(
                  "DEFRA household waste statistics for England via Trafford Council open data"
                      + " (Trafford Data Lab), Open Government Licence v3.0: England's rates for"
                      + " 2023/24 and 2024/25 as the demo's first two years; quarterly tonnages"
                      + " invented",
                  PeriodType.FINANCIAL_YEAR,
                  List.of("42.3", "42.0"))),
          Map.entry("hart-ctax", modelled()),
          Map.entry("hart-nndr", modelled()),
          Map.entry("hart-epay", modelled()),
          Map.entry("hart-newclaims", modelled()),
          Map.entry("hart-changes", modelled()),
          Map.entry("hart-invoices", modelled()),
          Map.entry("hart-sickness", modelled()),
          Map.entry("hart-uptime", modelled()),
          Map.entry("hart-firstfix", modelled()),
          Map.entry("hart-homeless", modelled()),
          Map.entry("hart-missed", modelled()),
          Map.entry("hart-calls", modelled()));

  private static Series modelled() {
    return new Series(HART, null, List.of());
  }

  static String source(String key) {
    return key == null ? "Demo figures, invented for Example Borough Council" : of(key).source();
  }

  /**
   * The published figure for a period, if the series has one: a rate for the year a quarter falls
   * in, for an annual series.
   */
  static Optional<BigDecimal> figure(String key, Period period, DemoYear first) {
    if (key == null) {
      return Optional.empty();
    }
    Series series = of(key);
    if (series.type() == null) {
      return Optional.empty();
    }
    Period start = Period.year(first.firstYear()).within(series.type()).get(0);
    Period at =
        period.type().months() < series.type().months() ? period.enclosing(series.type()) : period;
    int index = 0;
    for (Period p = start; p.compareTo(at) < 0; p = p.next()) {
      index++;
    }
    return index < series.figures().size()
        ? Optional.of(new BigDecimal(series.figures().get(index)))
        : Optional.empty();
  }

  private static Series of(String key) {
    Series series = SERIES.get(key);
    if (series == null) {
      throw new IllegalArgumentException("No demo series " + key);
    }
    return series;
  }
}
