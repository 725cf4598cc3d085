package org.goldenthread.risk.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.RiskBands;

/**
 * A risk's current score over time, drawn on the server as SVG over the three band zones. The band
 * zones carry their words as well as their colours; the chart has a title and a description for
 * screen readers, and the page shows the same scores as a table.
 */
final class ScoreChart {

  /** One entry of the score history. */
  record Point(LocalDate on, int score) {}

  private static final int WIDTH = 640;
  private static final int HEIGHT = 280;
  private static final int LEFT = 48;
  private static final int RIGHT = 96;
  private static final int TOP = 12;
  private static final int BOTTOM = 40;
  private static final int MAX = 25;
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);
  private static final DateTimeFormatter SAID =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ScoreChart() {}

  static String svg(String title, List<Point> points, RiskBands bands) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-chart gt-score-chart\"")
        .append(" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"score-chart-title score-chart-desc\">")
        .append("<title id=\"score-chart-title\">")
        .append(escape(title))
        .append("</title><desc id=\"score-chart-desc\">")
        .append(escape(describe(points, bands)))
        .append("</desc>");
    zones(svg, bands);
    axes(svg, points);
    line(svg, points);
    return svg.append("</svg>").toString();
  }

  private static double x(int index, int count) {
    double plot = WIDTH - LEFT - RIGHT;
    return count == 1 ? LEFT + plot / 2 : LEFT + plot * index / (count - 1);
  }

  private static double y(double score) {
    double plot = HEIGHT - TOP - BOTTOM;
    return TOP + plot * (MAX - score) / MAX;
  }

  /** The bands as shaded zones, each labelled with its word and symbol at the right. */
  private static void zones(StringBuilder svg, RiskBands bands) {
    svg.append("<g class=\"gt-score-chart__zones\" aria-hidden=\"true\">");
    double bottom = 0;
    for (Band band : Band.values()) {
      double top = band == Band.HIGH ? MAX : highest(band, bands) + 0.5;
      RiskBands.Look look = bands.look(band);
      svg.append(
              String.format(
                  Locale.UK,
                  "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\""
                      + " fill-opacity=\"0.15\"/>",
                  LEFT,
                  y(top),
                  WIDTH - LEFT - RIGHT,
                  y(bottom) - y(top),
                  escape(look.colour())))
          .append(
              String.format(
                  Locale.UK,
                  "<text x=\"%d\" y=\"%.1f\">%s %s</text>",
                  WIDTH - RIGHT + 6,
                  (y(top) + y(bottom)) / 2 + 4,
                  escape(look.symbol()),
                  escape(look.word())));
      bottom = top;
    }
    svg.append("</g>");
  }

  /** The highest score in a band. */
  private static int highest(Band band, RiskBands bands) {
    int highest = 0;
    for (int score = 1; score <= MAX; score++) {
      if (bands.band(score) == band) {
        highest = score;
      }
    }
    return highest;
  }

  private static void axes(StringBuilder svg, List<Point> points) {
    svg.append("<g class=\"gt-chart__axes\" aria-hidden=\"true\">");
    for (int score = 0; score <= MAX; score += 5) {
      svg.append(
              String.format(
                  Locale.UK,
                  "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                  LEFT,
                  WIDTH - RIGHT,
                  y(score),
                  y(score)))
          .append(
              String.format(
                  Locale.UK,
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                  LEFT - 6,
                  y(score) + 4,
                  score));
    }
    int step = Math.max(1, (int) Math.ceil(points.size() / 6.0));
    for (int i = 0; i < points.size(); i += step) {
      svg.append(
          String.format(
              Locale.UK,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
              x(i, points.size()),
              HEIGHT - BOTTOM + 20,
              escape(LABEL.format(points.get(i).on()))));
    }
    svg.append("</g>");
  }

  private static void line(StringBuilder svg, List<Point> points) {
    if (points.isEmpty()) {
      return;
    }
    StringBuilder path = new StringBuilder();
    StringBuilder markers = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      double px = x(i, points.size());
      double py = y(points.get(i).score());
      path.append(i == 0 ? "M" : " L").append(String.format(Locale.UK, "%.1f %.1f", px, py));
      markers.append(String.format(Locale.UK, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", px, py));
    }
    svg.append("<g class=\"gt-chart__actual\" aria-hidden=\"true\"><path d=\"")
        .append(path)
        .append("\"/>")
        .append(markers)
        .append("</g>");
  }

  /** The chart in words, for anyone who cannot see it. */
  static String describe(List<Point> points, RiskBands bands) {
    if (points.isEmpty()) {
      return "No scores recorded yet.";
    }
    StringBuilder text = new StringBuilder("Current score by date: ");
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      text.append(SAID.format(p.on()))
          .append(' ')
          .append(p.score())
          .append(' ')
          .append(bands.look(p.score()).word())
          .append(i == points.size() - 1 ? "." : "; ");
    }
    return text.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
