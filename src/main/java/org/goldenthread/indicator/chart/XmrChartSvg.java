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

  private static final int WIDTH = 440;
  private static final int PLOT = 200;
  private static final int RIGHT = 10;
  private static final int TOP = 14;
  static final double FONT = 19;

  private XmrChartSvg() {}

  /**
   * The chart of {@code chart}'s points with {@code targets} (one for each point, in order; any may
   * be null), its title and description ids starting with {@code id}.
   */
  public static String svg(String id, String title, XmrChart chart, List<BigDecimal> targets) {
    return svg(id, title, chart, targets, Measure.PLAIN);
  }

  /** The chart with its axis in the indicator's unit and decimal places. */
  public static String svg(
      String id, String title, XmrChart chart, List<BigDecimal> targets, Measure measure) {
    List<XmrPoint> points = chart.points();
    boolean limits = chart.mean() != null;
    boolean target = targets.stream().anyMatch(t -> t != null);
    int rows = XmrLegend.rows(limits, target);
    boolean two = PeriodLabels.twoLines(points.stream().map(p -> p.period().label()).toList());
    int height = (int) Math.ceil(TOP + PLOT + FONT * (two ? 2.75 : 1.5) + FONT * 1.45 * rows);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-chart gt-xmr\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(points.isEmpty() ? 120 : height)
        .append("\" width=\"100%\" font-family=\"Arial, 'DejaVu Sans', sans-serif\"")
        .append(" aria-labelledby=\"")
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
      return svg.append(Svg.text(WIDTH / 2.0, 60, "middle", FONT, false, "No values yet"))
          .append("</svg>")
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
    Axis axis = Axis.of(all, measure.unit(), measure.decimals() < 0 ? 6 : measure.decimals());
    double widest =
        axis.labels().stream().mapToDouble(l -> ChartNumbers.width(l, FONT)).max().orElse(FONT);
    int left = (int) Math.ceil(widest + FONT * 0.6 + 2);
    Scale scale = new Scale(axis, points.size(), left);
    grid(svg, scale, axis);
    svg.append(
        PeriodLabels.draw(
            points.stream().map(p -> p.period().label()).toList(),
            scale::x,
            TOP + PLOT + FONT * 1.25,
            FONT,
            WIDTH,
            false));
    if (chart.mean() != null) {
      level(svg, scale, chart.upperLimit(), "gt-xmr__limit");
      level(svg, scale, chart.lowerLimit(), "gt-xmr__limit");
      level(svg, scale, chart.mean(), "gt-xmr__mean");
    }
    targetLine(svg, scale, targets);
    values(svg, scale, chart);
    svg.append(XmrLegend.draw(TOP + PLOT + FONT * (two ? 2.75 : 1.5) + FONT, limits, target));
    return paint(svg.append("</svg>").toString());
  }

  private record Scale(Axis axis, int count, int left) {

    double x(int index) {
      double plot = WIDTH - left - RIGHT - 20;
      return count == 1 ? left + 10 + plot / 2 : left + 10 + plot * index / (count - 1);
    }

    double y(BigDecimal value) {
      double plot = PLOT;
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
                  "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                  scale.left(),
                  WIDTH - RIGHT,
                  y,
                  y,
                  Svg.GRID))
          .append(
              Svg.text(
                  scale.left() - FONT * 0.4,
                  y + FONT * 0.35,
                  "end",
                  FONT,
                  false,
                  axis.label(tick)));
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

  /**
   * Gives each part its colours and strokes on the element itself (as the page's style sheet also
   * does), so that the chart looks the same wherever it is shown.
   */
  private static String paint(String svg) {
    String[][] paints = {
      {"gt-xmr__line", "fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\""},
      {"gt-xmr__point", "fill=\"#1d70b8\""},
      {"gt-xmr__signal-point", "fill=\"#d4351c\" stroke=\"#0b0c0c\" stroke-width=\"1\""},
      {"gt-xmr__mean", "stroke=\"#505a5f\" stroke-width=\"2\""},
      {"gt-xmr__limit", "stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"8 5\""},
      {
        "gt-xmr__target",
        "fill=\"none\" stroke=\"#00703c\" stroke-width=\"3\" stroke-dasharray=\"2 4\""
            + " stroke-linecap=\"round\""
      }
    };
    String painted = svg;
    for (String[] p : paints) {
      painted = painted.replace("class=\"" + p[0] + "\"", "class=\"" + p[0] + "\" " + p[1]);
    }
    return painted;
  }

  static boolean signalled(XmrChart chart, XmrPoint point) {
    return chart.signals().stream().anyMatch(s -> s.covers(point.period()));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
