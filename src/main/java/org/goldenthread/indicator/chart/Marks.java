package org.goldenthread.indicator.chart;

import org.goldenthread.indicator.Status;

/**
 * A point's mark by its status, in shape as well as colour, as the status tags are: green a circle,
 * amber a triangle, red a cross; a figure without a status (no target, or no side better) a blue
 * circle.
 */
final class Marks {

  static final String GREEN = "#00703c";
  static final String AMBER = "#ffdd00";
  static final String RED = "#d4351c";

  private Marks() {}

  /** The mark of a point at (x, y), about {@code size} across. */
  static String of(Status status, double x, double y, double size) {
    double r = size / 2;
    String css = "gt-chart__mark gt-chart__mark--" + name(status);
    if (status == Status.AMBER) {
      return "<path class=\""
          + css
          + "\" d=\"M"
          + Svg.n(x)
          + ' '
          + Svg.n(y - r * 1.15)
          + " L"
          + Svg.n(x + r * 1.1)
          + ' '
          + Svg.n(y + r * 0.8)
          + " L"
          + Svg.n(x - r * 1.1)
          + ' '
          + Svg.n(y + r * 0.8)
          + " Z\" fill=\""
          + AMBER
          + "\" stroke=\""
          + Svg.INK
          + "\" stroke-width=\"1.5\"/>";
    }
    if (status == Status.RED) {
      double a = r * 0.8;
      return "<path class=\""
          + css
          + "\" d=\"M"
          + Svg.n(x - a)
          + ' '
          + Svg.n(y - a)
          + " L"
          + Svg.n(x + a)
          + ' '
          + Svg.n(y + a)
          + " M"
          + Svg.n(x + a)
          + ' '
          + Svg.n(y - a)
          + " L"
          + Svg.n(x - a)
          + ' '
          + Svg.n(y + a)
          + "\" fill=\"none\" stroke=\""
          + RED
          + "\" stroke-width=\""
          + Svg.n(Math.max(2.5, size / 3.5))
          + "\"/>";
    }
    return "<circle class=\""
        + css
        + "\" cx=\""
        + Svg.n(x)
        + "\" cy=\""
        + Svg.n(y)
        + "\" r=\""
        + Svg.n(r * 0.85)
        + "\" fill=\""
        + (status == Status.GREEN ? GREEN : Svg.BLUE)
        + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
  }

  /** The class suffix of a status's mark: green, amber, red or plain. */
  static String name(Status status) {
    if (status == null) {
      return "plain";
    }
    return switch (status) {
      case GREEN -> "green";
      case AMBER -> "amber";
      case RED -> "red";
      default -> "plain";
    };
  }
}
