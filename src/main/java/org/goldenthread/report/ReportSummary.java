package org.goldenthread.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Status;

/**
 * The summary of a report (SPEC §7): how many indicators and actions there are of each status, what
 * share of the total each is, and the change since the last period. Plain Java, no Spring.
 *
 * <p>The rules, exactly:
 *
 * <ul>
 *   <li>Every indicator in scope is counted once, under its status for the period: Green, Amber,
 *       Red, No data or Data only. Every action in scope is counted once, under its BRAG status as
 *       at the period end, or under "Not yet assessed" when it had no progress update by then. No
 *       line is left out of the total: "Not yet assessed" counts towards it like any status.
 *   <li>A share is the count × 100 ÷ the total, from the exact counts, rounded half up to one
 *       decimal place; so the shares need not add up to exactly 100.0. When the total is 0 there
 *       are no shares (shown as "–").
 *   <li>The change is the count now minus the count for the previous period, over the same
 *       indicators and actions (those in scope now), so the changes of one table add up to 0.
 * </ul>
 */
public final class ReportSummary {

  /** One indicator: its status for the period and for the period before. */
  public record IndicatorLine(Status now, Status before) {}

  /** One action: its BRAG status as at the period end and the previous period end (null: none). */
  public record ActionLine(Brag now, Brag before) {}

  /** One status's row of a summary table. {@code share} is null when the total is 0. */
  public record Row(
      String label,
      String meaning,
      String symbol,
      String colour,
      int count,
      int previous,
      BigDecimal share) {

    public int change() {
      return count - previous;
    }

    /** The share as a reader sees it: "37.5%", or "–" when there is nothing to share. */
    public String shareText() {
      return share == null ? NO_SHARE : share.toPlainString() + "%";
    }

    /** The change with its sign: "+2", "−1" (a true minus sign) or "0". */
    public String changeText() {
      int change = change();
      if (change > 0) {
        return "+" + change;
      }
      return change < 0 ? "−" + (-change) : "0";
    }
  }

  /** One table: a row per status, in a fixed order, and the total. */
  public record Table(List<Row> rows, int total) {

    public Row row(String label) {
      return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
  }

  /** What is shown when a share cannot be worked out. */
  public static final String NO_SHARE = "–";

  /** The bucket for actions without any progress update by the period end. */
  public static final String NOT_ASSESSED = "Not yet assessed";

  private ReportSummary() {}

  /** Indicators: Green, Amber, Red, No data, Data only, in that order. */
  public static Table indicators(List<IndicatorLine> lines) {
    Map<Status, int[]> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, new int[2]);
    }
    for (IndicatorLine line : lines) {
      counts.get(line.now())[0]++;
      counts.get(line.before())[1]++;
    }
    List<Row> rows = new ArrayList<>();
    for (Status s : Status.values()) {
      int[] c = counts.get(s);
      rows.add(
          new Row(s.label(), s.meaning(), s.symbol(), s.colour(), c[0], c[1], share(c[0], lines)));
    }
    return new Table(rows, lines.size());
  }

  /** Actions: Blue, Green, Amber, Red, then Not yet assessed. */
  public static Table actions(List<ActionLine> lines) {
    List<Row> rows = new ArrayList<>();
    for (Brag b : Brag.values()) {
      rows.add(row(b.label(), b.meaning(), b.symbol(), b.colour(), lines, l -> l == b));
    }
    rows.add(row(NOT_ASSESSED, "No progress update yet", "?", "grey", lines, l -> l == null));
    return new Table(rows, lines.size());
  }

  private static Row row(
      String label,
      String meaning,
      String symbol,
      String colour,
      List<ActionLine> lines,
      Function<Brag, Boolean> counted) {
    int now = (int) lines.stream().filter(l -> counted.apply(l.now())).count();
    int before = (int) lines.stream().filter(l -> counted.apply(l.before())).count();
    return new Row(label, meaning, symbol, colour, now, before, share(now, lines));
  }

  /** count × 100 ÷ total, half up to one place; null when the total is 0. */
  static BigDecimal share(int count, List<?> all) {
    if (all.isEmpty()) {
      return null;
    }
    return BigDecimal.valueOf(count * 100L)
        .divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP);
  }
}
