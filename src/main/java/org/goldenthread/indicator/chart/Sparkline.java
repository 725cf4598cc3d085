package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sparkline: a small line of the actuals over the periods, the target dashed behind it and the
 * latest actual marked by its status's shape, with no text of its own. Its accessible name says
 * what the line shows (first and latest actual, and the latest target), for a dashboard's tile.
 */
public final class Sparkline {

  static final int WIDTH = 120;
  static final int HEIGHT = 40;
  private static final double PAD = 6;

  private Sparkline() {}

  public static String svg(String name, List<TrendChart.Point> points, Measure measure) {
    List<BigDecimal> all = new ArrayList<>();
    int first = -1;
    int latest = -1;
    for (int i = 0; i < points.size(); i++) {
      TrendChart.Point p = points.get(i);
      if (p.actual() != null) {
        all.add(p.actual());
        first = first < 0 ? i : first;
        latest = i;
      }
      if (p.target() != null) {
        all.add(p.target());
      }
    }
    StringBuilder svg =
        new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-sparkline\"")
            .append(" role=\"img\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(HEIGHT)
            .append("\" aria-label=\"")
            .append(Svg.escape(name + ": " + words(points, first, latest, measure)))
            .append("\">");
    if (latest < 0) {
      return svg.append("</svg>").toString();
    }
    Axis axis = Axis.of(all, measure.unit(), measure.decimals() < 0 ? 6 : measure.decimals());
    int count = points.size();
    StringBuilder target = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    boolean targetPen = false;
    boolean actualPen = false;
    for (int i = 0; i < count; i++) {
      TrendChart.Point p = points.get(i);
      double x = count == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2 * PAD) * i / (count - 1);
      if (p.target() != null) {
        target.append(targetPen ? " L" : " M").append(Svg.n(x)).append(' ');
        target.append(Svg.n(y(axis, p.target())));
      }
      targetPen = p.target() != null;
      if (p.actual() != null) {
        actual.append(actualPen ? " L" : " M").append(Svg.n(x)).append(' ');
        actual.append(Svg.n(y(axis, p.actual())));
      }
      actualPen = p.actual() != null;
    }
    if (!target.isEmpty()) {
      svg.append("<path d=\"")
          .append(target.toString().trim())
          .append("\" fill=\"none\" stroke=\"")
          .append(Svg.INK)
          .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
    }
    svg.append("<path d=\"")
        .append(actual.toString().trim())
        .append("\" fill=\"none\" stroke=\"")
        .append(Svg.BLUE)
        .append("\" stroke-width=\"2.5\"/>");
    TrendChart.Point last = points.get(latest);
    double x = count == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2 * PAD) * latest / (count - 1);
    svg.append(Marks.of(last.status(), x, y(axis, last.actual()), 10));
    return svg.append("</svg>").toString();
  }

  private static double y(Axis axis, BigDecimal figure) {
    return PAD + (HEIGHT - 2 * PAD) * (1 - axis.share(figure));
  }

  private static String words(
      List<TrendChart.Point> points, int first, int latest, Measure measure) {
    if (latest < 0) {
      return "no values yet";
    }
    TrendChart.Point last = points.get(latest);
    String to = TrendWords.figure(last.actual(), measure) + " in " + last.label();
    String from =
        first == latest
            ? ""
            : TrendWords.figure(points.get(first).actual(), measure)
                + " in "
                + points.get(first).label()
                + " to ";
    String target =
        last.target() == null
            ? ""
            : ", against a target of " + TrendWords.figure(last.target(), measure);
    return from + to + target;
  }
}
