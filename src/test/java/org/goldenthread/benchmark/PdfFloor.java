package org.goldenthread.benchmark;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The PDF library alone: openhtmltopdf, with the builder settings the report PDF uses (fast mode,
 * PDF/UA tagging, PDF/A-3u with an sRGB profile, the embedded DejaVu Sans), laying out a fixed
 * one-page document of a heading, a paragraph and a table of twenty rows. A page of a report cannot
 * be made faster than this, so it is the floor a report page's time is compared with.
 */
final class PdfFloor {

  private static final String PAGE;

  static {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      rows.append("<tr><td>BM-")
          .append(i)
          .append("</td><td>Cases closed on time ")
          .append(i)
          .append("</td><td>")
          .append(50 + i)
          .append("</td><td>70</td><td>Red</td></tr>");
    }
    PAGE =
        "<!DOCTYPE html><html lang=\"en-GB\"><head><title>One page</title><style>"
            + "@page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Sans'; font-size: 10pt; }"
            + " table { border-collapse: collapse; width: 100%; } td { border: 1px solid #b1b4b6;"
            + " padding: 2pt; }</style></head><body><h1>Quarterly performance</h1>"
            + "<p>How the council's indicators stood at the end of the quarter.</p>"
            + "<table><thead><tr><th>Code</th><th>Indicator</th><th>Actual</th><th>Target</th>"
            + "<th>Status</th></tr></thead><tbody>"
            + rows
            + "</tbody></table></body></html>";
  }

  private PdfFloor() {}

  /** The median time of a one-page PDF, in milliseconds, after a few warm-up renderings. */
  static double onePageMillis() throws IOException {
    for (int i = 0; i < 3; i++) {
      render();
    }
    long[] times = new long[7];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      render();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    return times[times.length / 2] / 1e6;
  }

  static byte[] render() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessbility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
    builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    builder.useFont(
        () -> font("DejaVuSans.ttf"),
        "DejaVu Sans",
        400,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> font("DejaVuSans-Bold.ttf"),
        "DejaVu Sans",
        700,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.withHtmlContent(PAGE, null);
    builder.toStream(out);
    builder.run();
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    return PdfFloor.class.getResourceAsStream("/fonts/" + file);
  }
}
