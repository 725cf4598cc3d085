package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.calc.XmrPoint;

/**
 * An XmR chart (SPEC §4a) drawn on the server as SVG: the values joined in period order, the mean
 * (solid), the upper and lower process limits (dashed), the target (dotted), and each point a
 * signal covers drawn as a diamond rather than a circle (and in another colour). The y axis has
 * round ticks; period labels are thinned to fit and kept inside the picture; the picture scales to
 * the width it is given (viewBox, width 100%). Its title and description say what it shows; the
 * page shows the same points and signals as a table.
 */
public final class XmrChartSvg {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 320;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 84;
  private static final double CHAR_WIDTH = 7.0;
  static final int TICKS = 5;

  private XmrChartSvg() {}

  /**
   * The chart of {@code chart}'s points with {@code targets} (one for each point, in order; any may
   * be null), its title and description ids starting with {@code id}.
   */
  public static String svg(String id, String title, XmrChart chart, List<BigDecimal> targets) {
    List<XmrPoint> points = chart.points();
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-chart gt-xmr\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"100%\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\"><title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title><desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(XmrChartWords.describe(chart)))
        .append("</desc>");
    if (points.isEmpty()) {
      return svg.append("<text x=\"")
          .append(WIDTH / 2)
          .append("\" y=\"")
          .append(HEIGHT / 2)
          .append("\" text-anchor=\"middle\">No values yet</text></svg>")
          .toString();
    }
    List<BigDecimal> all = new ArrayList<>();
    points.forEach(p -> all.add(p.value()));
    targets.stream().filter(t -> t != null).forEach(all::add);
    for (BigDecimal line :
        new BigDecimal[] {chart.mean(), chart.upperLimit(), chart.lowerLimit()}) {
      if (line != null) {
        all.add(line);
      }
    }
    Axis axis = Axis.of(all);
    int left = (int) Math.ceil(axis.widestLabel() * CHAR_WIDTH) + 14;
    Scale scale = new Scale(axis, points.size(), left);
    grid(svg, scale, axis);
    periodLabels(svg, scale, points);
    if (chart.mean() != null) {
      level(svg, scale, chart.upperLimit(), "gt-xmr__limit");
      level(svg, scale, chart.lowerLimit(), "gt-xmr__limit");
      level(svg, scale, chart.mean(), "gt-xmr__mean");
    }
    targetLine(svg, scale, targets);
    values(svg, scale, chart);
    legend(svg, chart.mean() != null, targets.stream().anyMatch(t -> t != null));
    return svg.append("</svg>").toString();
  }

  private record Scale(Axis axis, int count, int left) {

    double x(int index) {
      double plot = WIDTH - left - RIGHT - 24;
      return count == 1 ? left + 12 + plot / 2 : left + 12 + plot * index / (count - 1);
    }

    double y(BigDecimal value) {
      double plot = HEIGHT - TOP - BOTTOM;
      double low = axis.low().doubleValue();
      double high = axis.high().doubleValue();
      return TOP + plot * (high - value.doubleValue()) / (high - low);
    }
  }

  private static void grid(StringBuilder svg, Scale scale, Axis axis) {
    svg.append("<g class=\"gt-chart__axes\" aria-hidden=\"true\">");
    for (BigDecimal tick : axis.ticks()) {
      double y = scale.y(tick);
      svg.append(
          String.format(
              Locale.UK,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
              scale.left(),
              WIDTH - RIGHT,
              y,
              y,
              scale.left() - 6,
              y + 4,
              escape(Axis.label(tick))));
    }
    svg.append("</g>");
  }

  /**
   * Period labels under the points, as many as fit without touching, each kept wholly inside the
   * picture (an end label slides inwards rather than being cut off).
   */
  private static void periodLabels(StringBuilder svg, Scale scale, List<XmrPoint> points) {
    int longest = points.stream().mapToInt(p -> p.period().label().length()).max().orElse(1);
    double width = longest * CHAR_WIDTH;
    double gap = points.size() == 1 ? WIDTH : scale.x(1) - scale.x(0);
    int step = Math.max(1, (int) Math.ceil((width + 8) / gap));
    svg.append("<g class=\"gt-chart__axes\" aria-hidden=\"true\">");
    int last = points.size() - 1;
    for (int i = last; i >= 0; i -= step) {
      String label = points.get(i).period().label();
      double half = label.length() * CHAR_WIDTH / 2;
      double x = Math.max(half + 2, Math.min(WIDTH - half - 2, scale.x(i)));
      svg.append(
          String.format(
              Locale.UK,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
              x,
              HEIGHT - BOTTOM + 18,
              escape(label)));
    }
    svg.append("</g>");
  }

  private static void level(StringBuilder svg, Scale scale, BigDecimal value, String css) {
    double y = scale.y(value);
    svg.append(
        String.format(
            Locale.UK,
            "<line class=\"%s\" aria-hidden=\"true\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
            css,
            scale.left(),
            WIDTH - RIGHT,
            y,
            y));
  }

  private static void targetLine(StringBuilder svg, Scale scale, List<BigDecimal> targets) {
    StringBuilder path = new StringBuilder();
    int n = Math.min(targets.size(), scale.count());
    for (int i = 0; i < n; i++) {
      BigDecimal t = targets.get(i);
      if (t == null) {
        continue;
      }
      boolean starts = i == 0 || targets.get(i - 1) == null;
      boolean alone = starts && (i + 1 >= n || targets.get(i + 1) == null);
      double x = scale.x(i);
      double y = scale.y(t);
      if (alone) {
        // A lone target is drawn as a short level stroke, so that it can be seen.
        path.append(String.format(Locale.UK, " M%.1f %.1f h16", x - 8, y));
      } else {
        path.append(starts ? " M" : " L").append(String.format(Locale.UK, "%.1f %.1f", x, y));
      }
    }
    if (!path.isEmpty()) {
      svg.append("<path class=\"gt-xmr__target\" aria-hidden=\"true\" d=\"")
          .append(path.toString().trim())
          .append("\"/>");
    }
  }

  private static void values(StringBuilder svg, Scale scale, XmrChart chart) {
    List<XmrPoint> points = chart.points();
    StringBuilder path = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      XmrPoint p = points.get(i);
      double x = scale.x(i);
      double y = scale.y(p.value());
      path.append(i == 0 ? "M" : " L").append(String.format(Locale.UK, "%.1f %.1f", x, y));
      if (signalled(chart, p)) {
        marked.append(
            String.format(
                Locale.UK,
                "<path class=\"gt-xmr__signal-point\" d=\"M%.1f %.1f l6 6 l-6 6 l-6 -6 z\"/>",
                x,
                y - 6));
      } else {
        plain.append(
            String.format(
                Locale.UK,
                "<circle class=\"gt-xmr__point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>",
                x,
                y));
      }
    }
    svg.append("<g class=\"gt-xmr__values\" aria-hidden=\"true\"><path class=\"gt-xmr__line\" d=\"")
        .append(path)
        .append("\"/>")
        .append(plain)
        .append(marked)
        .append("</g>");
  }

  static boolean signalled(XmrChart chart, XmrPoint point) {
    return chart.signals().stream().anyMatch(s -> s.covers(point.period()));
  }

  private static void legend(StringBuilder svg, boolean limits, boolean target) {
    int row1 = HEIGHT - BOTTOM + 44;
    int row2 = row1 + 22;
    svg.append("<g class=\"gt-chart__legend\" aria-hidden=\"true\">");
    svg.append(
        String.format(
            Locale.UK,
            "<circle class=\"gt-xmr__point\" cx=\"%d\" cy=\"%d\" r=\"4\"/>"
                + "<text x=\"%d\" y=\"%d\">Value</text>"
                + "<path class=\"gt-xmr__signal-point\" d=\"M%d %d l6 6 l-6 6 l-6 -6 z\"/>"
                + "<text x=\"%d\" y=\"%d\">Value a signal covers</text>",
            14,
            row1 - 4,
            24,
            row1,
            120,
            row1 - 10,
            132,
            row1));
    int x = 8;
    if (limits) {
      svg.append(
          String.format(
              Locale.UK,
              "<line class=\"gt-xmr__mean\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                  + "<text x=\"%d\" y=\"%d\">Average</text>"
                  + "<line class=\"gt-xmr__limit\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                  + "<text x=\"%d\" y=\"%d\">Process limits</text>",
              x,
              x + 24,
              row2 - 4,
              row2 - 4,
              x + 30,
              row2,
              x + 110,
              x + 134,
              row2 - 4,
              row2 - 4,
              x + 140,
              row2));
      x += 280;
    }
    if (target) {
      svg.append(
          String.format(
              Locale.UK,
              "<line class=\"gt-xmr__target\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                  + "<text x=\"%d\" y=\"%d\">Target</text>",
              x,
              x + 24,
              row2 - 4,
              row2 - 4,
              x + 30,
              row2));
    }
    svg.append("</g>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
