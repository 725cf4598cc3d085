package org.goldenthread.indicator.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The period labels under a chart, as many as fit without touching and the latest always, each
 * wholly inside the picture. A label such as "2026/27 Q2" is written in two lines: the part of the
 * year ("Q2") under its point, and the year ("2026/27") under the first point labelled in each
 * year, so that eight quarters fit across a phone.
 */
final class PeriodLabels {

  private PeriodLabels() {}

  /**
   * The labels' text elements: the first line's baseline at {@code y}, the second a line below.
   *
   * @param oneLine whether to write each label whole on one line (a small chart: its first and
   *     latest only)
   */
  static String draw(
      List<String> labels,
      IntToDoubleFunction x,
      double y,
      double size,
      int pictureWidth,
      boolean oneLine) {
    StringBuilder svg = new StringBuilder("<g class=\"gt-chart__periods\" aria-hidden=\"true\">");
    int last = labels.size() - 1;
    if (last < 0) {
      return svg.append("</g>").toString();
    }
    if (oneLine) {
      double lastWidth = ChartNumbers.width(labels.get(last), size);
      double lastX = Svg.inside(x.applyAsDouble(last), lastWidth, pictureWidth);
      svg.append(Svg.text(lastX, y, "middle", size, false, labels.get(last)));
      if (last > 0) {
        double width = ChartNumbers.width(labels.get(0), size);
        double firstX = Svg.inside(x.applyAsDouble(0), width, pictureWidth);
        if (firstX + width / 2 + size < lastX - lastWidth / 2) {
          svg.append(Svg.text(firstX, y, "middle", size, false, labels.get(0)));
        }
      }
      return svg.append("</g>").toString();
    }
    double widest =
        labels.stream().mapToDouble(l -> ChartNumbers.width(part(l), size)).max().orElse(0);
    double gap = last == 0 ? pictureWidth : x.applyAsDouble(1) - x.applyAsDouble(0);
    int step = Math.max(1, (int) Math.ceil((widest + size * 0.6) / gap));
    List<Integer> shown = new ArrayList<>();
    for (int i = last; i >= 0; i -= step) {
      shown.add(0, i);
    }
    String year = null;
    double yearEnds = -1;
    for (int i : shown) {
      String label = labels.get(i);
      String part = part(label);
      double width = ChartNumbers.width(part, size);
      svg.append(
          Svg.text(
              Svg.inside(x.applyAsDouble(i), width, pictureWidth), y, "middle", size, false, part));
      String itsYear = year(label);
      if (itsYear != null && !itsYear.equals(year)) {
        double yearWidth = ChartNumbers.width(itsYear, size);
        double at = Svg.inside(x.applyAsDouble(i), yearWidth, pictureWidth);
        if (at - yearWidth / 2 > yearEnds + size * 0.6) {
          svg.append(Svg.text(at, y + size * 1.25, "middle", size, false, itsYear));
          yearEnds = at + yearWidth / 2;
          year = itsYear;
        }
      }
    }
    return svg.append("</g>").toString();
  }

  /** "Q2" of "2026/27 Q2"; a label of one word is all part. */
  static String part(String label) {
    int space = label.lastIndexOf(' ');
    return space < 0 ? label : label.substring(space + 1);
  }

  /** "2026/27" of "2026/27 Q2"; null for a label of one word. */
  static String year(String label) {
    int space = label.lastIndexOf(' ');
    return space < 0 ? null : label.substring(0, space);
  }

  /** Whether any label has a second line. */
  static boolean twoLines(List<String> labels) {
    return labels.stream().anyMatch(l -> l.indexOf(' ') >= 0);
  }
}
