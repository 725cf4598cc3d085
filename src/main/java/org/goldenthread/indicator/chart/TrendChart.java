package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Status;

/**
 * A line chart of actual against target over time, drawn on the server as SVG, with a title and a
 * description for screen readers (the page also shows the same figures as a table).
 *
 * <p>The y axis is chosen for the figures and the target ({@link Axis}), its ticks labelled with
 * the unit. The target is a dashed line; where the indicator allows a tolerance, the amber band
 * between the target and the edge of tolerance is shaded on the worse side of it, so that a point
 * in the band is amber and one beyond it red. Each actual is marked by its status in shape as well
 * as colour ({@link Marks}), with a key in words, and the latest actual is labelled beside its
 * point.
 *
 * <p>Text is never smaller than body text where the chart is shown: a full chart is 440 units wide
 * with 19-unit text, shown at most 480 pixels wide (about 20px text) and across a phone (about
 * 15px); a small chart, for a report's table and its PDF (48mm wide there), is 240 by 120 units
 * with 16-unit text (9pt when printed 48mm wide). Every label is measured and kept inside the
 * picture.
 */
public final class TrendChart {

  /** One period's point: its label, the figures (either may be missing) and the status. */
  public record Point(String label, BigDecimal actual, BigDecimal target, Status status) {

    public Point(String label, BigDecimal actual, BigDecimal target) {
      this(label, actual, target, null);
    }
  }

  /** How large a chart is drawn: full width on a page, or small, in a table's cell. */
  public enum Size {
    FULL(440, 19, 190, 13),
    SMALL(240, 16, 0, 10);

    final int width;
    final double font;
    final int plotHeight;
    final double mark;

    Size(int width, double font, int plotHeight, double mark) {
      this.width = width;
      this.font = font;
      this.plotHeight = plotHeight;
      this.mark = mark;
    }
  }

  static final int SMALL_HEIGHT = 120;

  private TrendChart() {}

  public static String svg(String title, List<Point> points) {
    return svg("chart", title, points);
  }

  /**
   * A chart of plain numbers whose title and description have ids starting with {@code id}, so
   * several charts can share a page.
   */
  public static String svg(String id, String title, List<Point> points) {
    return svg(id, title, points, Measure.PLAIN, Size.FULL);
  }

  /** A chart of figures in the indicator's measure, of the size asked for. */
  public static String svg(
      String id, String title, List<Point> points, Measure measure, Size size) {
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
    if (all.isEmpty()) {
      int height = size == Size.SMALL ? SMALL_HEIGHT : 120;
      return open(id, title, TrendWords.describe(points, measure, null), size.width, height)
          + Svg.text(size.width / 2.0, height / 2.0, "middle", size.font, false, "No values yet")
          + "</svg>";
    }
    Axis axis = Axis.of(all, measure.unit(), measure.decimals() < 0 ? 6 : measure.decimals());
    TrendLayout layout = TrendLayout.of(points, axis, measure, size);
    StringBuilder svg =
        new StringBuilder(
            open(
                id,
                title,
                TrendWords.describe(points, measure, axis),
                size.width,
                layout.height()));
    TrendDrawing drawing = new TrendDrawing(svg, layout, points, measure);
    drawing.grid();
    drawing.band();
    drawing.target();
    drawing.actual();
    drawing.latestLabel();
    svg.append(
        PeriodLabels.draw(
            points.stream().map(Point::label).toList(),
            layout::x,
            layout.periodBaseline(),
            size.font,
            size.width,
            size == Size.SMALL));
    svg.append(ChartLegend.draw(layout, points, measure));
    return svg.append("</svg>").toString();
  }

  private static String open(String id, String title, String words, int width, double height) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-chart\" role=\"img\""
        + " viewBox=\"0 0 "
        + width
        + ' '
        + Math.round(height)
        + "\" font-family=\"Arial, 'DejaVu Sans', sans-serif\" aria-labelledby=\""
        + id
        + "-title "
        + id
        + "-desc\"><title id=\""
        + id
        + "-title\">"
        + Svg.escape(title)
        + "</title><desc id=\""
        + id
        + "-desc\">"
        + Svg.escape(words)
        + "</desc>";
  }
}
