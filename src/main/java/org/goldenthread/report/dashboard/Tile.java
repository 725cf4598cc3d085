package org.goldenthread.report.dashboard;

import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;

/**
 * An indicator's headline figure on a dashboard's tile: its status, the value against its target,
 * the trend since the period before, and a sparkline of its recent periods (an SVG with an
 * accessible name). Drawn by the fragment {@code fragments/tile :: tile(tile)}.
 *
 * @param path the indicator's page
 * @param period the period the figures are for ("2026/27 Q2")
 * @param previous the period the trend is judged from ("2026/27 Q1")
 * @param yearToDate whether the figures are for the year so far
 */
public record Tile(
    String code,
    String title,
    String path,
    String period,
    Status status,
    String actualText,
    String targetText,
    Trend trend,
    String previous,
    boolean yearToDate,
    String sparkline) {

  /** The words of the trend, with the period it is judged from: "Improving since 2026/27 Q1". */
  public String trendWords() {
    return trend == null ? "No trend yet" : trend.label() + " since " + previous;
  }

  /** The modifier of the tile's class, by its status: red, amber, green or plain. */
  public String tone() {
    return switch (status) {
      case RED -> "red";
      case AMBER -> "amber";
      case GREEN -> "green";
      default -> "plain";
    };
  }
}
