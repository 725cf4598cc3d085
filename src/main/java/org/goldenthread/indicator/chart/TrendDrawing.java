package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Polarity;

/** Draws a trend chart's plot, layer by layer, into its picture. */
final class TrendDrawing {

  private final StringBuilder svg;
  private final TrendLayout layout;
  private final List<TrendChart.Point> points;
  private final Measure measure;

  TrendDrawing(
      StringBuilder svg, TrendLayout layout, List<TrendChart.Point> points, Measure measure) {
    this.svg = svg;
    this.layout = layout;
    this.points = points;
    this.measure = measure;
  }

  /**
   * A line at each tick and its label; a small chart labels every other tick from the top, so that
   * its labels do not touch.
   */
  void grid() {
    svg.append("<g class=\"gt-chart__axes\" aria-hidden=\"true\">");
    List<BigDecimal> ticks = layout.axis().ticks();
    double font = layout.size().font;
    int every = layout.size() == TrendChart.Size.SMALL ? 2 : 1;
    for (int i = 0; i < ticks.size(); i++) {
      double y = layout.y(ticks.get(i));
      svg.append("<line x1=\"")
          .append(Svg.n(layout.left()))
          .append("\" x2=\"")
          .append(Svg.n(layout.gridRight()))
          .append("\" y1=\"")
          .append(Svg.n(y))
          .append("\" y2=\"")
          .append(Svg.n(y))
          .append("\" stroke=\"")
          .append(Svg.GRID)
          .append("\" stroke-width=\"1\"/>");
      if ((ticks.size() - 1 - i) % every == 0) {
        svg.append(
            Svg.text(
                layout.left() - font * 0.4,
                y + font * 0.35,
                "end",
                font,
                false,
                TrendLayout.tickLabel(layout.axis(), layout.size(), ticks.get(i))));
      }
    }
    svg.append("</g>");
  }

  /**
   * The amber band: from the target to the edge of tolerance on the worse side, over each run of
   * periods with a target.
   */
  void band() {
    if (!measure.hasBand()) {
      return;
    }
    StringBuilder d = new StringBuilder();
    int i = 0;
    while (i < points.size()) {
      if (points.get(i).target() == null) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < points.size() && points.get(end + 1).target() != null) {
        end++;
      }
      double half = end == i ? 10 : 0;
      StringBuilder along = new StringBuilder();
      StringBuilder back = new StringBuilder();
      for (int k = i; k <= end; k++) {
        BigDecimal target = points.get(k).target();
        BigDecimal band = measure.tolerance().band(target);
        BigDecimal edge =
            measure.polarity() == Polarity.HIGHER_IS_BETTER
                ? target.subtract(band)
                : target.add(band);
        double x = layout.x(k);
        along.append(k == i ? "M" : " L").append(Svg.n(x - half)).append(' ');
        along.append(Svg.n(layout.y(target)));
        back.insert(0, " L" + Svg.n(x - half) + ' ' + Svg.n(layout.y(edge)));
        if (half > 0) {
          along.append(" L").append(Svg.n(x + half)).append(' ').append(Svg.n(layout.y(target)));
          back.insert(0, " L" + Svg.n(x + half) + ' ' + Svg.n(layout.y(edge)));
        }
      }
      d.append(along).append(back).append(" Z ");
      i = end + 1;
    }
    if (!d.isEmpty()) {
      svg.append("<path class=\"gt-chart__band\" aria-hidden=\"true\" d=\"")
          .append(d.toString().trim())
          .append("\" fill=\"")
          .append(Marks.AMBER)
          .append("\" fill-opacity=\"0.35\"/>");
    }
  }

  /** The target, dashed; a target alone between gaps as a short level stroke. */
  void target() {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      BigDecimal t = points.get(i).target();
      if (t == null) {
        continue;
      }
      boolean starts = i == 0 || points.get(i - 1).target() == null;
      boolean alone = starts && (i + 1 >= points.size() || points.get(i + 1).target() == null);
      double x = layout.x(i);
      double y = layout.y(t);
      if (alone) {
        d.append(" M").append(Svg.n(x - 10)).append(' ').append(Svg.n(y)).append(" h20");
      } else {
        d.append(starts ? " M" : " L").append(Svg.n(x)).append(' ').append(Svg.n(y));
      }
    }
    if (!d.isEmpty()) {
      svg.append("<path class=\"gt-chart__target-line\" aria-hidden=\"true\" d=\"")
          .append(d.toString().trim())
          .append("\" fill=\"none\" stroke=\"")
          .append(Svg.INK)
          .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
    }
  }

  /** The actuals joined (the pen lifted over a missing one), each marked by its status. */
  void actual() {
    StringBuilder d = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < points.size(); i++) {
      TrendChart.Point p = points.get(i);
      if (p.actual() == null) {
        pen = false;
        continue;
      }
      double x = layout.x(i);
      double y = layout.y(p.actual());
      d.append(pen ? " L" : " M").append(Svg.n(x)).append(' ').append(Svg.n(y));
      pen = true;
      marks.append(Marks.of(p.status(), x, y, layout.size().mark));
    }
    svg.append("<g class=\"gt-chart__actuals\" aria-hidden=\"true\">");
    if (!d.isEmpty()) {
      svg.append("<path class=\"gt-chart__actual-line\" d=\"")
          .append(d.toString().trim())
          .append("\" fill=\"none\" stroke=\"")
          .append(Svg.BLUE)
          .append("\" stroke-width=\"3\"/>");
    }
    svg.append(marks).append("</g>");
  }

  /** The latest actual, written beside its point. */
  void latestLabel() {
    if (layout.latest() < 0) {
      return;
    }
    TrendChart.Point p = points.get(layout.latest());
    double font = layout.size().font;
    double x = layout.x(layout.latest()) + layout.size().mark / 2 + 5;
    double y = layout.y(p.actual()) + font * 0.35;
    y = Math.max(font * 0.8, Math.min(layout.plotBottom() + font * 0.2, y));
    svg.append("<g class=\"gt-chart__latest\" aria-hidden=\"true\">")
        .append(Svg.text(x, y, "start", font, true, layout.latestText()))
        .append("</g>");
  }
}
