package org.goldenthread.report.export;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * A chart's picture on the PDF page: its view box fitted into the object's box, centred and kept in
 * proportion as a browser shows it, and each shape and label painted there by the page's own output
 * device, so that the shapes are vectors and the labels text in the embedded font.
 */
final class ChartCanvas {

  /** How an SVG element is painted, from its attributes; SVG's defaults where one is missing. */
  record Looks(String fill, String fillOpacity, String stroke, String strokeWidth, String dashes) {}

  /** The one see-through fill the charts have: the amber band's, as they write it. */
  static final float BAND_OPACITY = 0.35f;

  private final OutputDevice device;
  private final RenderingContext context;
  private final PDExtendedGraphicsState seeThrough;
  private final double x;
  private final double y;
  private final double width;
  private final double height;
  private AffineTransform fitted;
  private double scale = 1;

  ChartCanvas(
      OutputDevice device,
      RenderingContext context,
      PDExtendedGraphicsState seeThrough,
      double x,
      double y,
      double width,
      double height) {
    this.device = device;
    this.context = context;
    this.seeThrough = seeThrough;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.fitted = AffineTransform.getTranslateInstance(x, y);
  }

  /** Fits the picture's view box ({@code "0 0 w h"}) into the box. */
  void viewBox(String box) {
    if (box == null) {
      return;
    }
    String[] parts = box.trim().split("[\\s,]+");
    double boxWidth = Double.parseDouble(parts[2]);
    double boxHeight = Double.parseDouble(parts[3]);
    scale = Math.min(width / boxWidth, height / boxHeight);
    fitted =
        AffineTransform.getTranslateInstance(
            x + (width - boxWidth * scale) / 2, y + (height - boxHeight * scale) / 2);
    fitted.scale(scale, scale);
    fitted.translate(-Double.parseDouble(parts[0]), -Double.parseDouble(parts[1]));
  }

  /** Fills then strokes the shape, as SVG paints it (fill black, no stroke, unless said). */
  void paint(Shape shape, Looks looks) {
    Shape placed = fitted.createTransformedShape(shape);
    String fill = looks.fill() == null ? "#000000" : looks.fill();
    if (!"none".equals(fill)) {
      device.setColor(colour(fill));
      float opacity = looks.fillOpacity() == null ? 1 : Float.parseFloat(looks.fillOpacity());
      if (opacity < 1 && device instanceof PdfBoxOutputDevice pdf) {
        device.pushClip(null);
        PDExtendedGraphicsState see = seeThrough;
        if (opacity != BAND_OPACITY) {
          see = new PDExtendedGraphicsState();
          see.setNonStrokingAlphaConstant(opacity);
        }
        pdf.getCurrentPage().setExtGState(see);
        device.fill(placed);
        device.popClip();
      } else {
        device.fill(placed);
      }
    }
    if (looks.stroke() != null && !"none".equals(looks.stroke())) {
      device.setColor(colour(looks.stroke()));
      float line =
          (float)
              ((looks.strokeWidth() == null ? 1 : Double.parseDouble(looks.strokeWidth())) * scale);
      device.setStroke(
          new BasicStroke(
              line, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, dashes(looks.dashes()), 0));
      device.draw(placed);
    }
  }

  /** Writes a label whose start, middle or end is at (tx, ty), its baseline at ty. */
  void write(
      String words, double tx, double ty, String anchor, double size, boolean bold, String fill) {
    if (words.isBlank()) {
      return;
    }
    FontSpecification spec = new FontSpecification();
    spec.families = new String[] {ReportPdf.FONT_FAMILY};
    spec.size = (float) (size * scale);
    spec.fontWeight = bold ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400;
    spec.fontStyle = IdentValue.NORMAL;
    spec.variant = IdentValue.NORMAL;
    FSFont font = context.getFont(spec);
    Point2D at = fitted.transform(new Point2D.Double(tx, ty), null);
    float across = context.getTextRenderer().getWidth(context.getFontContext(), font, words);
    double left =
        switch (anchor == null ? "start" : anchor) {
          case "middle" -> at.getX() - across / 2.0;
          case "end" -> at.getX() - across;
          default -> at.getX();
        };
    device.setColor(colour(fill == null ? "#000000" : fill));
    device.setFont(font);
    context.getTextRenderer().drawString(device, words, (float) left, (float) at.getY());
  }

  private float[] dashes(String dashes) {
    if (dashes == null || dashes.isBlank() || "none".equals(dashes)) {
      return null;
    }
    String[] parts = dashes.trim().split("[\\s,]+");
    float[] lengths = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      lengths[i] = (float) (Double.parseDouble(parts[i]) * scale);
    }
    return lengths;
  }

  private static FSRGBColor colour(String hex) {
    String digits = hex.startsWith("#") ? hex.substring(1) : hex;
    if (digits.length() == 3) {
      digits =
          ""
              + digits.charAt(0)
              + digits.charAt(0)
              + digits.charAt(1)
              + digits.charAt(1)
              + digits.charAt(2)
              + digits.charAt(2);
    }
    return new FSRGBColor(Integer.parseInt(digits, 16));
  }
}
