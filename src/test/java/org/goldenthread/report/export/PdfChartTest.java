package org.goldenthread.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.chart.Measure;
import org.goldenthread.indicator.chart.TrendChart;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * A report's chart in its PDF is drawn on the page as vectors with its labels as text in the
 * embedded font, tagged as a figure with its title as alternative text; a tagged page of a long
 * table keeps its marked content small.
 */
class PdfChartTest {

  private static final Measure PERCENT =
      new Measure(Unit.PERCENT, 1, Polarity.HIGHER_IS_BETTER, Tolerance.percent("5"));

  private static String chart() {
    List<TrendChart.Point> points = new ArrayList<>();
    double[] actuals = {91, 96, 80, 97.5};
    Status[] statuses = {Status.AMBER, Status.GREEN, Status.RED, Status.GREEN};
    String[] labels = {"2025/26 Q1", "2025/26 Q2", "2025/26 Q3", "2025/26 Q4"};
    for (int i = 0; i < actuals.length; i++) {
      points.add(
          new TrendChart.Point(
              labels[i], BigDecimal.valueOf(actuals[i]), new BigDecimal("95"), statuses[i]));
    }
    return TrendChart.svg(
        "chart-1", "Done on time: actual against target", points, PERCENT, TrendChart.Size.SMALL);
  }

  private static String page(String body) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
        + "<title>Charts</title><style>html, body { font-family: 'DejaVu Sans'; }"
        + " .chart object { display: block; width: 48mm; height: 24mm; }"
        + " td { border-bottom: 1px solid #b1b4b6; }</style></head><body>"
        + body
        + "</body></html>";
  }

  private static PDDocument pdf(String html) throws Exception {
    return PDDocument.load(ReportPdf.render(html));
  }

  @Test
  void aChartIsDrawnAsVectorsWithItsLabelsAsTextAndTaggedAsAFigureWithItsTitle() throws Exception {
    String svg = chart();
    String html =
        page(
            "<p>Detail</p><div class=\"chart\"><object type=\"application/x-gt-chart\""
                + " data-chart=\""
                + HtmlUtils.htmlEscape(svg)
                + "\" alt=\""
                + new ReportPdf.Charts().alt(svg)
                + "\"></object></div>");
    try (PDDocument doc = pdf(html)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("97.5%", "100%", "2025/26 Q4", "Actual", "Target");
      PDPage first = doc.getPage(0);
      PDResources resources = first.getResources();
      assertThat(resources.getXObjectNames()).as("no picture: the chart is vectors").isEmpty();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font.getName()).contains("DejaVuSans");
        assertThat(font.isEmbedded()).isTrue();
      }
      List<Float> seeThrough = new ArrayList<>();
      for (COSName name : resources.getExtGStateNames()) {
        PDExtendedGraphicsState state = resources.getExtGState(name);
        if (state.getNonStrokingAlphaConstant() != null) {
          seeThrough.add(state.getNonStrokingAlphaConstant());
        }
      }
      assertThat(seeThrough).as("the amber band shows the grid through it").containsOnly(0.35f);
      List<PDStructureElement> figures = new ArrayList<>();
      figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
      assertThat(figures)
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.getAlternateDescription())
                      .isEqualTo("Done on time: actual against target"));
    }
  }

  @Test
  void aPageOfALongTableKeepsItsMarkedContentInsideThePageWithOneBackground() throws Exception {
    StringBuilder rows = new StringBuilder("<table><tbody>");
    for (int i = 1; i <= 40; i++) {
      rows.append("<tr><td>Indicator ").append(i).append("</td><td>").append(i * 3);
      rows.append("</td></tr>");
    }
    try (PDDocument doc = pdf(page(rows.append("</tbody></table>").toString()))) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Indicator 1 3", "Indicator 40 120");
      COSDictionary lists =
          doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
      int backgrounds = 0;
      int texts = 0;
      for (COSName name : lists.keySet()) {
        COSBase item = lists.getItem(name);
        assertThat(item).as("kept inside the page").isInstanceOf(COSDictionary.class);
        COSDictionary list = (COSDictionary) item;
        if (COSName.BACKGROUND.equals(list.getCOSName(COSName.TYPE))) {
          backgrounds++;
          float[] box = list.getCOSArray(COSName.BBOX).toFloatArray();
          assertThat(box[2] - box[0]).as("encloses the table's width").isGreaterThan(100);
          assertThat(box[3] - box[1]).as("and its 40 rows").isGreaterThan(400);
        } else if (list.containsKey(COSName.MCID)) {
          texts++;
        }
      }
      assertThat(backgrounds).isEqualTo(1);
      assertThat(texts).isGreaterThanOrEqualTo(40);
    }
  }

  private static void figures(List<Object> kids, List<PDStructureElement> found) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          found.add(element);
        }
        figures(element.getKids(), found);
      }
    }
  }
}
