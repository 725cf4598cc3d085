package org.goldenthread.report.export;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.batik.parser.AWTPathProducer;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.w3c.dom.Element;

/**
 * Draws a report's trend chart straight onto the PDF page as vectors: the print template writes
 * each chart as {@code <object type="application/x-gt-chart" data-chart="<svg…>">}, and this reads
 * the chart's SVG (a report's snapshot keeps its charts as SVG, so a published report draws as it
 * was published) and paints its lines, paths, circles and rectangles in their colours, and its
 * labels as text in the page's own embedded font, small and searchable. The charts are made of
 * those few elements with their looks written as attributes (indicator/chart), so no SVG renderer
 * is needed: Batik built a document model and a graphics tree for each chart, most of a large PDF's
 * time.
 */
final class PdfChart implements FSObjectDrawer {

  static final String TYPE = "application/x-gt-chart";

  /** Hands openhtmltopdf the drawer for the charts' objects, one for each document. */
  static final class Objects implements FSObjectDrawerFactory {

    private final PdfChart drawer = new PdfChart();

    @Override
    public FSObjectDrawer createDrawer(Element e) {
      return isReplacedObject(e) ? drawer : null;
    }

    @Override
    public boolean isReplacedObject(Element e) {
      return TYPE.equals(e.getAttribute("type"));
    }
  }

  private static final XMLInputFactory XML = xml();

  /** The see-through paint of the amber bands, one for the whole document. */
  private final PDExtendedGraphicsState seeThrough = new PDExtendedGraphicsState();

  private PdfChart() {
    seeThrough.setNonStrokingAlphaConstant(ChartCanvas.BAND_OPACITY);
  }

  @Override
  public Map<Shape, String> drawObject(
      Element e,
      double x,
      double y,
      double width,
      double height,
      OutputDevice device,
      RenderingContext context,
      int dotsPerPixel) {
    String svg = e.getAttribute("data-chart");
    if (svg.isEmpty()) {
      return null;
    }
    try {
      draw(svg, new ChartCanvas(device, context, seeThrough, x, y, width, height));
    } catch (XMLStreamException ex) {
      throw new IllegalStateException("A chart could not be read for the PDF", ex);
    }
    return null;
  }

  private static void draw(String svg, ChartCanvas canvas) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(new StringReader(svg));
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "svg" -> canvas.viewBox(r.getAttributeValue(null, "viewBox"));
          case "line" ->
              canvas.paint(
                  new Line2D.Double(
                      number(r, "x1"), number(r, "y1"), number(r, "x2"), number(r, "y2")),
                  looks(r));
          case "path" ->
              canvas.paint(
                  AWTPathProducer.createShape(
                      new StringReader(r.getAttributeValue(null, "d")), Path2D.WIND_NON_ZERO),
                  looks(r));
          case "circle" -> {
            double radius = number(r, "r");
            canvas.paint(
                new Ellipse2D.Double(
                    number(r, "cx") - radius, number(r, "cy") - radius, 2 * radius, 2 * radius),
                looks(r));
          }
          case "rect" ->
              canvas.paint(
                  new Rectangle2D.Double(
                      number(r, "x"), number(r, "y"), number(r, "width"), number(r, "height")),
                  looks(r));
          case "text" -> {
            double tx = number(r, "x");
            double ty = number(r, "y");
            String anchor = r.getAttributeValue(null, "text-anchor");
            double size = number(r, "font-size");
            boolean bold = "bold".equals(r.getAttributeValue(null, "font-weight"));
            String fill = r.getAttributeValue(null, "fill");
            canvas.write(r.getElementText(), tx, ty, anchor, size, bold, fill);
          }
          default -> {
            // title and desc are the figure's alternative text, given to the object; g only groups
          }
        }
      }
    } catch (java.io.IOException ex) {
      throw new IllegalStateException("A chart's path could not be read for the PDF", ex);
    } finally {
      r.close();
    }
  }

  private static ChartCanvas.Looks looks(XMLStreamReader r) {
    return new ChartCanvas.Looks(
        r.getAttributeValue(null, "fill"),
        r.getAttributeValue(null, "fill-opacity"),
        r.getAttributeValue(null, "stroke"),
        r.getAttributeValue(null, "stroke-width"),
        r.getAttributeValue(null, "stroke-dasharray"));
  }

  private static double number(XMLStreamReader r, String attribute) {
    String value = r.getAttributeValue(null, attribute);
    return value == null || value.isEmpty() ? 0 : Double.parseDouble(value);
  }

  private static XMLInputFactory xml() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
