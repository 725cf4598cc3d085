package org.goldenthread.risk.heatmap;

import java.util.List;
import java.util.Locale;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.Score;

/**
 * A heat map drawn on the server as SVG: each cell coloured by its band, with the band's symbol and
 * the score as well as the colour, and the count in it as text; likelihood up the side, impact
 * along the bottom, each level with its word. It is one image to assistive technology, with a title
 * and a description in words; the page gives the same numbers as a table.
 */
public final class HeatMapSvg {

  private static final int LEFT = 150;
  private static final int TOP = 8;
  private static final int CELL_WIDTH = 88;
  private static final int CELL_HEIGHT = 64;
  private static final int GRID_WIDTH = CELL_WIDTH * Score.HIGHEST;
  private static final int GRID_HEIGHT = CELL_HEIGHT * Score.HIGHEST;
  private static final int WIDTH = LEFT + GRID_WIDTH + 8;
  private static final int HEIGHT = TOP + GRID_HEIGHT + 78;

  private HeatMapSvg() {}

  /** The map as SVG; {@code id} starts the ids of its title and description. */
  public static String svg(
      String id, String title, HeatMap map, HeatMaps.Axes axes, RiskBands bands) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-heat-map\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"")
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
        .append(escape(describe(map, axes, bands)))
        .append("</desc><g aria-hidden=\"true\">");
    for (List<HeatMap.Cell> row : map.rows()) {
      for (HeatMap.Cell cell : row) {
        cell(svg, cell, bands);
      }
    }
    axes(svg, axes);
    return svg.append("</g></svg>").toString();
  }

  private static void cell(StringBuilder svg, HeatMap.Cell cell, RiskBands bands) {
    RiskBands.Look look = bands.look(cell.score());
    int x = LEFT + (cell.impact() - 1) * CELL_WIDTH;
    int y = TOP + (Score.HIGHEST - cell.likelihood()) * CELL_HEIGHT;
    String ink = ink(look.colour());
    svg.append(
            String.format(
                Locale.UK,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\""
                    + " stroke=\"#ffffff\" stroke-width=\"2\"/>",
                x,
                y,
                CELL_WIDTH,
                CELL_HEIGHT,
                escape(look.colour())))
        .append(
            String.format(
                Locale.UK,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\""
                    + " class=\"gt-heat-map__count\">%s</text>",
                x + CELL_WIDTH / 2,
                y + 30,
                ink,
                cell.count() == 0 ? "–" : String.valueOf(cell.count())))
        .append(
            String.format(
                Locale.UK,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s %d</text>",
                x + CELL_WIDTH / 2,
                y + 52,
                ink,
                escape(look.symbol()),
                cell.score()));
  }

  private static void axes(StringBuilder svg, HeatMaps.Axes axes) {
    for (int level = Score.LOWEST; level <= Score.HIGHEST; level++) {
      int y = TOP + (Score.HIGHEST - level) * CELL_HEIGHT + CELL_HEIGHT / 2;
      svg.append(
          String.format(
              Locale.UK,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d %s</text>",
              LEFT - 8,
              y + 5,
              level,
              escape(axes.likelihood(level))));
      int x = LEFT + (level - 1) * CELL_WIDTH + CELL_WIDTH / 2;
      int below = TOP + GRID_HEIGHT;
      svg.append(
          String.format(
              Locale.UK,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>"
                  + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
              x,
              below + 20,
              level,
              x,
              below + 38,
              escape(axes.impact(level))));
    }
    svg.append(
        String.format(
            Locale.UK,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"gt-heat-map__axis\">"
                + "Impact</text>"
                + "<text x=\"18\" y=\"%d\" transform=\"rotate(-90 18 %d)\""
                + " text-anchor=\"middle\" class=\"gt-heat-map__axis\">Likelihood</text>",
            LEFT + GRID_WIDTH / 2,
            TOP + GRID_HEIGHT + 66,
            TOP + GRID_HEIGHT / 2,
            TOP + GRID_HEIGHT / 2));
  }

  /** The map in words, for anyone who cannot see it: every cell that holds a risk. */
  static String describe(HeatMap map, HeatMaps.Axes axes, RiskBands bands) {
    StringBuilder text =
        new StringBuilder()
            .append(risks(map.total()))
            .append(" open, placed by ")
            .append(map.scores().word())
            .append(" score. ");
    boolean any = false;
    for (List<HeatMap.Cell> row : map.rows()) {
      for (HeatMap.Cell cell : row) {
        if (cell.count() == 0) {
          continue;
        }
        any = true;
        text.append("Likelihood ")
            .append(cell.likelihood())
            .append(" (")
            .append(axes.likelihood(cell.likelihood()))
            .append("), impact ")
            .append(cell.impact())
            .append(" (")
            .append(axes.impact(cell.impact()))
            .append("), score ")
            .append(cell.score())
            .append(' ')
            .append(bands.look(cell.score()).word())
            .append(": ")
            .append(risks(cell.count()))
            .append(". ");
      }
    }
    text.append(any ? "Every other cell is empty." : "Every cell is empty.");
    return text.toString();
  }

  private static String risks(int count) {
    return count + (count == 1 ? " risk" : " risks");
  }

  /**
   * Black or white, whichever reads better on the band's colour (the colours are a setting, so the
   * text cannot assume one).
   */
  static String ink(String colour) {
    String hex = colour.startsWith("#") ? colour.substring(1) : colour;
    if (hex.length() != 6) {
      return "#0b0c0c";
    }
    try {
      double r = channel(Integer.parseInt(hex.substring(0, 2), 16));
      double g = channel(Integer.parseInt(hex.substring(2, 4), 16));
      double b = channel(Integer.parseInt(hex.substring(4, 6), 16));
      double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      double onWhite = 1.05 / (luminance + 0.05);
      double onBlack = (luminance + 0.05) / 0.05;
      return onWhite >= onBlack ? "#ffffff" : "#0b0c0c";
    } catch (NumberFormatException e) {
      return "#0b0c0c";
    }
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
