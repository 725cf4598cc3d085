package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.indicator.Numbers;

/**
 * A line chart of actual against target over time, drawn on the server as SVG. The chart has a
 * title and a description for screen readers; the page also shows the same figures as a table.
 * Actual and target differ by line style and marker shape as well as colour.
 */
public final class TrendChart {

  /** One period's point: its label, and the figures (either may be missing). */
  public record Point(String label, BigDecimal actual, BigDecimal target) {}

  private static final int WIDTH = 640;
  private static final int HEIGHT = 280;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 56;

  private TrendChart() {}

  public static String svg(String title, List<Point> points) {
    return svg("chart", title, points);
  }

  /**
   * A chart whose title and description have ids starting with {@code id}, so several charts can
   * share a page.
   */
  public static String svg(String id, String title, List<Point> points) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-chart\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">")
        .append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title><desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(describe(points)))
        .append("</desc>");
    List<BigDecimal> all = new ArrayList<>();
    points.forEach(
        p -> {
          if (p.actual() != null) {
            all.add(p.actual());
          }
          if (p.target() != null) {
            all.add(p.target());
          }
        });
    if (points.isEmpty() || all.isEmpty()) {
      svg.append("<text x=\"")
          .append(WIDTH / 2)
          .append("\" y=\"")
          .append(HEIGHT / 2)
          .append("\" text-anchor=\"middle\">No values yet</text></svg>");
      return svg.toString();
    }
    double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    min = Math.min(min, 0);
    if (max == min) {
      max = min + 1;
    }
    Scale scale = new Scale(min, max, points.size());
    axes(svg, scale, points);
    line(svg, scale, points, true);
    line(svg, scale, points, false);
    legend(svg);
    return svg.append("</svg>").toString();
  }

  private record Scale(double min, double max, int count) {

    double x(int index) {
      double plot = WIDTH - LEFT - RIGHT;
      return count == 1 ? LEFT + plot / 2 : LEFT + plot * index / (count - 1);
    }

    double y(double value) {
      double plot = HEIGHT - TOP - BOTTOM;
      return TOP + plot * (max - value) / (max - min);
    }
  }

  private static void axes(StringBuilder svg, Scale scale, List<Point> points) {
    svg.append("<g class=\"gt-chart__axes\" aria-hidden=\"true\">");
    for (int i = 0; i <= 4; i++) {
      double value = scale.min() + (scale.max() - scale.min()) * i / 4;
      double y = scale.y(value);
      svg.append(
              String.format(
                  Locale.UK,
                  "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                  LEFT,
                  WIDTH - RIGHT,
                  y,
                  y))
          .append(
              String.format(
                  Locale.UK,
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                  LEFT - 6,
                  y + 4,
                  escape(tick(value))));
    }
    int step = Math.max(1, (int) Math.ceil(points.size() / 8.0));
    for (int i = 0; i < points.size(); i += step) {
      svg.append(
          String.format(
              Locale.UK,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
              scale.x(i),
              HEIGHT - BOTTOM + 20,
              escape(points.get(i).label())));
    }
    svg.append("</g>");
  }

  private static void line(StringBuilder svg, Scale scale, List<Point> points, boolean actual) {
    String css = actual ? "gt-chart__actual" : "gt-chart__target";
    StringBuilder path = new StringBuilder();
    StringBuilder markers = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < points.size(); i++) {
      BigDecimal v = actual ? points.get(i).actual() : points.get(i).target();
      if (v == null) {
        pen = false;
        continue;
      }
      double x = scale.x(i);
      double y = scale.y(v.doubleValue());
      path.append(pen ? " L" : " M").append(String.format(Locale.UK, "%.1f %.1f", x, y));
      pen = true;
      markers.append(
          actual
              ? String.format(Locale.UK, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", x, y)
              : String.format(
                  Locale.UK,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\"/>",
                  x - 3.5,
                  y - 3.5));
    }
    svg.append("<g class=\"").append(css).append("\" aria-hidden=\"true\">");
    if (!path.isEmpty()) {
      svg.append("<path d=\"").append(path.toString().trim()).append("\"/>");
    }
    svg.append(markers).append("</g>");
  }

  private static void legend(StringBuilder svg) {
    int y = HEIGHT - 12;
    svg.append("<g class=\"gt-chart__legend\" aria-hidden=\"true\">")
        .append("<g class=\"gt-chart__actual\"><path d=\"M")
        .append(LEFT)
        .append(' ')
        .append(y - 4)
        .append(" h24\"/><circle cx=\"")
        .append(LEFT + 12)
        .append("\" cy=\"")
        .append(y - 4)
        .append("\" r=\"4\"/></g><text x=\"")
        .append(LEFT + 30)
        .append("\" y=\"")
        .append(y)
        .append("\">Actual</text>")
        .append("<g class=\"gt-chart__target\"><path d=\"M")
        .append(LEFT + 110)
        .append(' ')
        .append(y - 4)
        .append(" h24\"/><rect x=\"")
        .append(LEFT + 118)
        .append("\" y=\"")
        .append(y - 7)
        .append("\" width=\"7\" height=\"7\"/></g><text x=\"")
        .append(LEFT + 140)
        .append("\" y=\"")
        .append(y)
        .append("\">Target</text></g>");
  }

  /** The chart in words, for anyone who cannot see it. */
  static String describe(List<Point> points) {
    if (points.isEmpty()) {
      return "No values yet.";
    }
    StringBuilder text = new StringBuilder("Actual against target by period: ");
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      text.append(p.label())
          .append(" actual ")
          .append(p.actual() == null ? "none" : Numbers.plain(p.actual()))
          .append(", target ")
          .append(p.target() == null ? "none" : Numbers.plain(p.target()))
          .append(i == points.size() - 1 ? "." : "; ");
    }
    return text.toString();
  }

  private static String tick(double value) {
    return Numbers.plain(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
