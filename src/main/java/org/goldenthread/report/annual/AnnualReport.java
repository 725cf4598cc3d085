package org.goldenthread.report.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.report.ReportSummary;

/**
 * The annual performance report (SPEC §7): for every published indicator, last year's outturn
 * against its target and next year's target, grouped by the corporate plan priority each serves.
 * Plain Java, no Spring: {@link AnnualReportBuilder} works out the figures.
 *
 * <p>The rules, exactly:
 *
 * <ul>
 *   <li>An indicator is listed under every corporate plan priority it serves: one it measures, or
 *       one that an item it measures contributes to, however indirectly. One that serves none is
 *       listed under "Other indicators". Priorities are in the order the golden thread shows them;
 *       a priority no published indicator serves is left out.
 *   <li>The summary counts each indicator once, however many priorities it serves, under its status
 *       for the year; each group's table counts the indicators listed in it. The change is against
 *       each indicator's status for the year before.
 * </ul>
 */
public record AnnualReport(FinancialYear year, ReportSummary.Table summary, List<Group> groups) {

  /** A corporate plan priority as a heading. */
  public record Priority(long id, String code, String title) {}

  /**
   * One published indicator's year: what it reported the year before, its outturn for the year
   * (actual, target, status and the trend from the year before), and its target for next year (null
   * when none is set).
   */
  public record Line(
      Indicator indicator,
      BigDecimal lastYear,
      IndicatorCalculator.Result outturn,
      BigDecimal nextTarget) {}

  /** A priority, or "Other indicators", with its indicators and how many are of each status. */
  public record Group(String code, String title, List<Line> lines, ReportSummary.Table summary) {

    /** A fragment identifier for the contents: "priority-p1", "other-indicators". */
    public String anchor() {
      String base = code == null ? title : "priority " + code;
      return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** "P1 A thriving local economy", or "Other indicators". */
    public String heading() {
      return code == null ? title : code + " " + title;
    }
  }

  static final String OTHER = "Other indicators";

  /**
   * Groups the lines under the priorities they serve ({@code serves}: the ids of the priorities
   * each indicator serves, by indicator id), in the priorities' order, then "Other indicators".
   * {@code statusLastYear} gives each line's status for the year before, for the change.
   */
  static AnnualReport of(
      FinancialYear year,
      List<Line> lines,
      List<Priority> priorities,
      Map<Long, Set<Long>> serves,
      Map<Long, Status> statusLastYear) {
    Map<Priority, List<Line>> byPriority = new LinkedHashMap<>();
    priorities.forEach(p -> byPriority.put(p, new ArrayList<>()));
    List<Line> other = new ArrayList<>();
    for (Line line : lines) {
      Set<Long> served = serves.getOrDefault(line.indicator().getId(), Set.of());
      boolean listed = false;
      for (Priority p : priorities) {
        if (served.contains(p.id())) {
          byPriority.get(p).add(line);
          listed = true;
        }
      }
      if (!listed) {
        other.add(line);
      }
    }
    List<Group> groups = new ArrayList<>();
    byPriority.forEach(
        (p, in) -> {
          if (!in.isEmpty()) {
            groups.add(new Group(p.code(), p.title(), in, table(in, statusLastYear)));
          }
        });
    if (!other.isEmpty()) {
      groups.add(new Group(null, OTHER, other, table(other, statusLastYear)));
    }
    return new AnnualReport(year, table(lines, statusLastYear), groups);
  }

  private static ReportSummary.Table table(List<Line> lines, Map<Long, Status> statusLastYear) {
    return ReportSummary.indicators(
        lines.stream()
            .map(
                l ->
                    new ReportSummary.IndicatorLine(
                        l.outturn().status(), statusLastYear.get(l.indicator().getId())))
            .toList());
  }

  public FinancialYear previousYear() {
    return year.previous();
  }

  public FinancialYear nextYear() {
    return year.next();
  }

  /** "2025-26": the year as it appears in addresses and file names. */
  public String yearCode() {
    return code(year);
  }

  public static String code(FinancialYear year) {
    return year.label().replace('/', '-');
  }

  /** Every line once, in the order first listed. */
  public List<Line> lines() {
    Map<Long, Line> once = new LinkedHashMap<>();
    groups.forEach(g -> g.lines().forEach(l -> once.putIfAbsent(l.indicator().getId(), l)));
    return List.copyOf(once.values());
  }
}
