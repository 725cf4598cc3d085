package org.goldenthread.indicator.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a trend chart's parts go: room on the left for the widest tick label, on the right for the
 * latest value's label, beneath for the period labels and the key; the plot in between.
 */
record TrendLayout(
    TrendChart.Size size,
    Axis axis,
    int count,
    double left,
    double right,
    double top,
    double plotHeight,
    int latest,
    String latestText,
    int legendRows,
    boolean twoLines) {

  static TrendLayout of(
      List<TrendChart.Point> points, Axis axis, Measure measure, TrendChart.Size size) {
    double font = size.font;
    double tickWidth =
        axis.ticks().stream()
            .mapToDouble(t -> ChartNumbers.width(tickLabel(axis, size, t), font))
            .max()
            .orElse(font);
    double left = Math.ceil(tickWidth + font * 0.6 + 2);
    int latest = -1;
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).actual() != null) {
        latest = i;
      }
    }
    String text = latest < 0 ? null : TrendWords.label(points.get(latest).actual(), measure);
    double labelWidth = text == null ? 0 : ChartNumbers.width(text, font) * 1.08;
    double top = Math.ceil(Math.max(font * 0.5, size.mark / 2) + 2);
    int rows = ChartLegend.rows(points, measure, size);
    boolean two =
        size == TrendChart.Size.FULL
            && PeriodLabels.twoLines(points.stream().map(TrendChart.Point::label).toList());
    double plotHeight =
        size == TrendChart.Size.SMALL
            ? TrendChart.SMALL_HEIGHT - top - beneath(font, two, rows)
            : size.plotHeight;
    TrendLayout draft =
        new TrendLayout(
            size, axis, points.size(), left, font * 0.5, top, plotHeight, latest, text, rows, two);
    // Move the right edge of the plot in until the latest value's label fits beside its point.
    double room = size.width - draft.x(latest < 0 ? 0 : latest) - size.mark / 2 - 8;
    double right = draft.right;
    if (text != null && room < labelWidth) {
      double share = (draft.x(latest) - draft.plotLeft()) / Math.max(1, draft.plotWidth());
      double shrink = (labelWidth - room) / Math.max(share, 0.05);
      right = Math.min(right + shrink, size.width * 0.45);
    }
    return new TrendLayout(
        size, axis, points.size(), left, right, top, plotHeight, latest, text, rows, two);
  }

  /** A tick's label: a small chart's without a unit in words. */
  static String tickLabel(Axis axis, TrendChart.Size size, BigDecimal tick) {
    return size == TrendChart.Size.SMALL ? axis.shortLabel(tick) : axis.label(tick);
  }

  private double plotLeft() {
    return left + size.mark;
  }

  private double plotWidth() {
    return size.width - right - size.mark - plotLeft();
  }

  /** The x of the point of index i. */
  double x(int index) {
    return count <= 1
        ? plotLeft() + plotWidth() / 2
        : plotLeft() + plotWidth() * index / (count - 1);
  }

  /** The y of a figure, kept within the plot (a band's edge may lie beyond it). */
  double y(BigDecimal figure) {
    double y = top + plotHeight * (1 - axis.share(figure));
    return Math.max(top, Math.min(top + plotHeight, y));
  }

  double plotBottom() {
    return top + plotHeight;
  }

  double gridRight() {
    return size.width - right;
  }

  double periodBaseline() {
    return plotBottom() + size.font * 1.25;
  }

  double legendBaseline() {
    return plotBottom() + size.font * (twoLines ? 2.75 : 1.5) + size.font * 1.2;
  }

  /** The height beneath the plot: the period labels (one or two lines) and the key's rows. */
  private static double beneath(double font, boolean twoLines, int rows) {
    return font * (twoLines ? 2.75 : 1.5) + font * 1.2 + (rows - 1) * font * 1.45 + font * 0.4;
  }

  double height() {
    return size == TrendChart.Size.SMALL
        ? TrendChart.SMALL_HEIGHT
        : Math.ceil(plotBottom() + beneath(size.font, twoLines, legendRows));
  }
}
