package org.goldenthread.report.export;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * A chart drawn as SVG made into a picture (PNG) for a Word paper, where an SVG is not shown by
 * every version of Word, with its words (the chart's title and description) as its alternative
 * text.
 */
record ChartPicture(byte[] png, int width, int height, String description) {

  /** The width the chart is drawn at, in pixels: sharp when printed at about 15 cm. */
  static final int PIXELS = 1200;

  private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL);
  private static final Pattern DESC = Pattern.compile("<desc[^>]*>(.*?)</desc>", Pattern.DOTALL);
  private static final Pattern VIEW_BOX =
      Pattern.compile("viewBox=\"\\s*[-\\d.]+\\s+[-\\d.]+\\s+([\\d.]+)\\s+([\\d.]+)\\s*\"");

  /** The chart as a picture; null when there is no chart or it cannot be drawn. */
  static ChartPicture of(String svg) {
    if (svg == null || svg.isBlank()) {
      return null;
    }
    String styled = new ReportPdf.Charts().printable(svg);
    double ratio = ratio(svg);
    int height = (int) Math.round(PIXELS * ratio);
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) PIXELS);
    transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) height);
    transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      transcoder.transcode(
          new TranscoderInput(new StringReader(styled)), new TranscoderOutput(out));
    } catch (TranscoderException e) {
      return null;
    }
    return new ChartPicture(out.toByteArray(), PIXELS, height, description(svg));
  }

  /** The chart's title and description, as a screen reader hears them. */
  static String description(String svg) {
    String title = first(TITLE, svg);
    String desc = first(DESC, svg);
    if (title.isEmpty()) {
      return desc;
    }
    return desc.isEmpty() ? title : title + ". " + desc;
  }

  private static double ratio(String svg) {
    Matcher m = VIEW_BOX.matcher(svg);
    if (m.find()) {
      double w = Double.parseDouble(m.group(1));
      double h = Double.parseDouble(m.group(2));
      if (w > 0 && h > 0) {
        return h / w;
      }
    }
    return 0.5;
  }

  private static String first(Pattern pattern, String svg) {
    Matcher m = pattern.matcher(svg);
    return m.find() ? unescape(m.group(1).strip()) : "";
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
