package org.goldenthread.indicator.kept;

import java.util.Arrays;
import java.util.Set;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.period.Period;

/**
 * What part of the scorecard to read: the period, the filter, a partner user's part (null for all),
 * the column to sort by and its direction, and the page (1-based) of {@code size} rows, or every
 * row when the size is null.
 */
public record ScorecardQuery(
    Period period,
    Scorecard.Filter filter,
    Set<Long> within,
    Sort sort,
    boolean descending,
    int page,
    Integer size) {

  /**
   * The columns a scorecard sorts by, as the table shows them; statuses worst first, trends
   * improving first, risks at risk first. Ties and missing figures (last) fall back to the code.
   */
  public enum Sort {
    CODE("code", "i.code"),
    TITLE("title", "lower(i.title)"),
    VALUE("value", "k.actual"),
    TARGET("target", "k.target"),
    STATUS(
        "status",
        "case k.status when 'RED' then 0 when 'AMBER' then 1 when 'GREEN' then 2"
            + " when 'NO_DATA' then 3 else 4 end"),
    TREND_PREVIOUS("trendPrevious", trend("k.trend_previous")),
    TREND_LAST_YEAR("trendLastYear", trend("k.trend_last_year")),
    RISK("risk", "case k.outturn_risk when 'AT_RISK' then 0 when 'WATCH' then 1 else 2 end"),
    VARIATION(
        "variation",
        "case k.variation when 'SPECIAL_CAUSE_CONCERNING' then 0 when 'SPECIAL_CAUSE_HIGH' then 1"
            + " when 'SPECIAL_CAUSE_LOW' then 2 when 'SPECIAL_CAUSE_IMPROVING' then 3"
            + " when 'COMMON_CAUSE' then 4 else 5 end");

    private final String param;
    private final String sql;

    Sort(String param, String sql) {
      this.param = param;
      this.sql = sql;
    }

    public String param() {
      return param;
    }

    /** The column named in an address ({@code sort=status}); the code for any other. */
    public static Sort of(String param) {
      return Arrays.stream(values())
          .filter(s -> s.param.equalsIgnoreCase(param))
          .findFirst()
          .orElse(CODE);
    }

    private static String trend(String column) {
      return "case "
          + column
          + " when 'IMPROVING' then 0 when 'STABLE' then 1 when 'WORSENING' then 2 end";
    }
  }

  public ScorecardQuery {
    page = Math.max(1, page);
  }

  String orderBy() {
    String direction = descending ? " desc" : " asc";
    return sort.sql + direction + " nulls last, i.code" + direction;
  }

  /** The same question whatever the page: what it matches, in its order. */
  ScorecardQuery unpaged() {
    return new ScorecardQuery(period, filter, within, sort, descending, 1, null);
  }

  /** How many pages the rows fill (one at least). */
  public int pages(int total) {
    return size == null || total == 0 ? 1 : (total + size - 1) / size;
  }
}
