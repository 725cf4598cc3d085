package org.goldenthread.indicator.chart;

import java.util.ArrayList;
import java.util.List;

/** An XmR chart's key in words, wrapped to the picture's width. */
final class XmrLegend {

  private static final int WIDTH = 440;
  private static final double SAMPLE = 26;

  private record Item(String sample, String words) {}

  private XmrLegend() {}

  private static List<Item> items(boolean limits, boolean target) {
    List<Item> items = new ArrayList<>();
    items.add(new Item("point", "Value"));
    items.add(new Item("signal", "Value a signal covers"));
    if (limits) {
      items.add(new Item("mean", "Average"));
      items.add(new Item("limit", "Process limits"));
    }
    if (target) {
      items.add(new Item("target", "Target"));
    }
    return items;
  }

  static int rows(boolean limits, boolean target) {
    return (int) layout(items(limits, target)).stream().mapToDouble(p -> p[1]).max().orElse(0) + 1;
  }

  /** Each item's x and row. */
  private static List<double[]> layout(List<Item> items) {
    List<double[]> places = new ArrayList<>();
    double x = 2;
    int row = 0;
    for (Item item : items) {
      double width = SAMPLE + 5 + ChartNumbers.width(item.words(), XmrChartSvg.FONT);
      if (x > 2 && x + width > WIDTH - 2) {
        row++;
        x = 2;
      }
      places.add(new double[] {x, row});
      x += width + XmrChartSvg.FONT;
    }
    return places;
  }

  static String draw(double firstBaseline, boolean limits, boolean target) {
    List<Item> items = items(limits, target);
    List<double[]> places = layout(items);
    StringBuilder svg = new StringBuilder("<g class=\"gt-chart__legend\" aria-hidden=\"true\">");
    double font = XmrChartSvg.FONT;
    for (int i = 0; i < items.size(); i++) {
      double x = places.get(i)[0];
      double baseline = firstBaseline + places.get(i)[1] * font * 1.45;
      double y = baseline - font * 0.35;
      svg.append(sample(items.get(i).sample(), x, y))
          .append(Svg.text(x + SAMPLE + 5, baseline, "start", font, false, items.get(i).words()));
    }
    return svg.append("</g>").toString();
  }

  private static String sample(String kind, double x, double y) {
    double middle = x + SAMPLE / 2;
    return switch (kind) {
      case "point" ->
          "<circle class=\"gt-xmr__point\" cx=\""
              + Svg.n(middle)
              + "\" cy=\""
              + Svg.n(y)
              + "\" r=\"5\"/>";
      case "signal" ->
          "<path class=\"gt-xmr__signal-point\" d=\"M"
              + Svg.n(middle)
              + ' '
              + Svg.n(y - 7)
              + " l7 7 l-7 7 l-7 -7 z\"/>";
      default ->
          "<line class=\"gt-xmr__"
              + kind
              + "\" x1=\""
              + Svg.n(x)
              + "\" x2=\""
              + Svg.n(x + SAMPLE)
              + "\" y1=\""
              + Svg.n(y)
              + "\" y2=\""
              + Svg.n(y)
              + "\"/>";
    };
  }
}
