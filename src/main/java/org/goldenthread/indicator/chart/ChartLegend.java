package org.goldenthread.indicator.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.goldenthread.indicator.Status;

/**
 * A trend chart's key in words, beneath the period labels, wrapped to the picture's width: the
 * actual and target lines, the amber band when drawn, and the mark of each status the points have.
 * A small chart's key names only the two lines.
 */
final class ChartLegend {

  /** A key's item; one that {@code breaks} starts a new row. */
  private record Item(String sample, String words, boolean breaks) {

    Item(String sample, String words) {
      this(sample, words, false);
    }
  }

  private static final double SAMPLE = 26;

  private ChartLegend() {}

  static int rows(List<TrendChart.Point> points, Measure measure, TrendChart.Size size) {
    return placed(items(points, measure, size), size).stream().mapToInt(p -> p.row).max().orElse(0)
        + 1;
  }

  static String draw(TrendLayout layout, List<TrendChart.Point> points, Measure measure) {
    TrendChart.Size size = layout.size();
    StringBuilder svg = new StringBuilder("<g class=\"gt-chart__legend\" aria-hidden=\"true\">");
    double font = size.font;
    for (Placed p : placed(items(points, measure, size), size)) {
      double baseline = layout.legendBaseline() + p.row * font * 1.45;
      double middle = baseline - font * 0.35;
      svg.append(sample(p.item.sample(), p.x, middle, size))
          .append(Svg.text(p.x + SAMPLE + 5, baseline, "start", font, false, p.item.words()));
    }
    return svg.append("</g>").toString();
  }

  private static List<Item> items(
      List<TrendChart.Point> points, Measure measure, TrendChart.Size size) {
    List<Item> items = new ArrayList<>();
    items.add(new Item("actual", "Actual"));
    boolean targets = points.stream().anyMatch(p -> p.target() != null);
    if (targets) {
      items.add(new Item("target", "Target"));
    }
    if (size == TrendChart.Size.SMALL) {
      return items;
    }
    if (targets && measure.hasBand()) {
      items.add(new Item("band", "Within tolerance"));
    }
    boolean first = true;
    for (Status s : new Status[] {Status.GREEN, Status.AMBER, Status.RED}) {
      if (points.stream().anyMatch(p -> p.actual() != null && p.status() == s)) {
        items.add(new Item(s.name(), s.label(), first));
        first = false;
      }
    }
    return items;
  }

  private record Placed(Item item, double x, int row) {}

  private static List<Placed> placed(List<Item> items, TrendChart.Size size) {
    List<Placed> placed = new ArrayList<>();
    double x = 2;
    int row = 0;
    for (Item item : items) {
      double width = SAMPLE + 5 + ChartNumbers.width(item.words(), size.font);
      if (x > 2 && (item.breaks() || x + width > size.width - 2)) {
        row++;
        x = 2;
      }
      placed.add(new Placed(item, x, row));
      x += width + size.font;
    }
    return placed;
  }

  private static String sample(String kind, double x, double y, TrendChart.Size size) {
    String line = "M" + Svg.n(x) + ' ' + Svg.n(y) + " h" + Svg.n(SAMPLE);
    return switch (kind) {
      case "actual" ->
          "<path class=\"gt-chart__actual-line\" d=\""
              + line
              + "\" fill=\"none\" stroke=\""
              + Svg.BLUE
              + "\" stroke-width=\"3\"/>";
      case "target" ->
          "<path class=\"gt-chart__target-line\" d=\""
              + line
              + "\" fill=\"none\" stroke=\""
              + Svg.INK
              + "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>";
      case "band" ->
          "<rect class=\"gt-chart__band\" x=\""
              + Svg.n(x)
              + "\" y=\""
              + Svg.n(y - size.font * 0.4)
              + "\" width=\""
              + Svg.n(SAMPLE)
              + "\" height=\""
              + Svg.n(size.font * 0.8)
              + "\" fill=\""
              + Marks.AMBER
              + "\" fill-opacity=\"0.35\" stroke=\"#b1b4b6\"/>";
      default ->
          Marks.of(Objects.requireNonNull(Status.valueOf(kind)), x + SAMPLE / 2, y, size.mark);
    };
  }
}
