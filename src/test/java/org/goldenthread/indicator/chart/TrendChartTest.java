package org.goldenthread.indicator.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.calc.Judgement;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TrendChartTest {

  private static final Measure PERCENT =
      new Measure(Unit.PERCENT, 1, Polarity.HIGHER_IS_BETTER, Tolerance.percent("5"));

  /** Consecutive periods from {@code first}, each judged against the target as the council does. */
  private static List<TrendChart.Point> points(
      String first, String target, Measure measure, Double... actuals) {
    List<TrendChart.Point> points = new ArrayList<>();
    Period p = Period.parse(first);
    for (Double a : actuals) {
      BigDecimal actual = a == null ? null : BigDecimal.valueOf(a);
      BigDecimal t = target == null ? null : new BigDecimal(target);
      Status status = Judgement.status(actual, t, measure.polarity(), measure.tolerance());
      points.add(new TrendChart.Point(p.label(), actual, t, status));
      p = p.next();
    }
    return points;
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> all(Document svg, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<Element> byClass(Document svg, String css) {
    return all(svg, "*").stream()
        .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(css))
        .toList();
  }

  private static double[] viewBox(Document svg) {
    String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
    return new double[] {Double.parseDouble(box[2]), Double.parseDouble(box[3])};
  }

  private static double fontSize(Element text) {
    return Double.parseDouble(text.getAttribute("font-size"));
  }

  @Test
  void eachActualIsMarkedByItsStatusInShapeWithAKeyInWords() throws Exception {
    Document svg =
        parse(
            TrendChart.svg(
                "c",
                "Claims",
                points("2025/26 Q1", "90", PERCENT, 92.0, 87.0, 80.0, 91.0),
                PERCENT,
                TrendChart.Size.FULL));

    assertThat(byClass(svg, "gt-chart__mark--green"))
        .extracting(Element::getTagName)
        .containsOnly("circle");
    assertThat(byClass(svg, "gt-chart__mark--amber")).isNotEmpty();
    assertThat(byClass(svg, "gt-chart__mark--red")).isNotEmpty();
    // One mark per actual, and one of each status in the key.
    assertThat(byClass(svg, "gt-chart__mark")).hasSize(4 + 3);
    String amber = byClass(svg, "gt-chart__mark--amber").get(0).getAttribute("d");
    String red = byClass(svg, "gt-chart__mark--red").get(0).getAttribute("d");
    assertThat(amber).endsWith("Z"); // a closed triangle
    assertThat(red).contains(" M"); // two strokes: a cross
    String key = byClass(svg, "gt-chart__legend").get(0).getTextContent();
    assertThat(key).contains("Actual", "Target", "Within tolerance", "Green", "Amber", "Red");
  }

  @Test
  void theLatestActualIsLabelledBesideItsPointEvenWhenTheLastPeriodHasNone() throws Exception {
    Document svg =
        parse(
            TrendChart.svg(
                "c",
                "Claims",
                points("2025/26 Q1", "90", PERCENT, 82.0, 91.0, 85.55, null),
                PERCENT,
                TrendChart.Size.FULL));

    assertThat(byClass(svg, "gt-chart__latest").get(0).getTextContent()).isEqualTo("85.6%");
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .contains("Actual against target by period, from 2025/26 Q1 to 2025/26 Q4")
        .contains("The axis runs from 80% to 95%")
        .contains("Latest: 2025/26 Q3, actual 85.6%, target 90.0%, Amber")
        .contains("2025/26 Q4 actual none, target 90.0%.");
  }

  @Test
  void theTargetIsDashedWithTheAmberBandOnTheWorseSideOfIt() throws Exception {
    Document svg =
        parse(
            TrendChart.svg(
                "c",
                "Claims",
                points("2025/26 Q1", "90", PERCENT, 82.0, 91.0, 86.0),
                PERCENT,
                TrendChart.Size.FULL));

    Element target = byClass(svg, "gt-chart__target-line").get(0);
    assertThat(target.getAttribute("stroke-dasharray")).isNotEmpty();
    double targetY = Double.parseDouble(target.getAttribute("d").split(" ")[1]);
    String band = byClass(svg, "gt-chart__band").get(0).getAttribute("d");
    // Higher is better: the band lies beneath the target (a larger y).
    List<Double> ys = everyOther(band, 1);
    assertThat(ys).allMatch(y -> y >= targetY - 0.01).anyMatch(y -> y > targetY + 5);

    Measure noSide = new Measure(Unit.PERCENT, 1, Polarity.NONE, Tolerance.percent("5"));
    Document plain =
        parse(
            TrendChart.svg(
                "c",
                "Claims",
                points("2025/26 Q1", "90", noSide, 82.0, 91.0),
                noSide,
                TrendChart.Size.FULL));
    assertThat(byClass(plain, "gt-chart__band")).isEmpty();
  }

  private static List<Double> everyOther(String path, int from) {
    String[] numbers = path.replaceAll("[MLZ]", " ").trim().split("\\s+");
    List<Double> found = new ArrayList<>();
    for (int i = from; i < numbers.length; i += 2) {
      found.add(Double.parseDouble(numbers[i]));
    }
    return found;
  }

  @Test
  void aTargetFarOutsideTheFiguresIsStillInsideThePlot() throws Exception {
    Measure count = new Measure(Unit.NUMBER, 0, Polarity.HIGHER_IS_BETTER, Tolerance.NONE);
    String svg =
        TrendChart.svg(
            "c",
            "Homes",
            points("2025/26 Q1", "600", count, 410.0, 430.0, 450.0),
            count,
            TrendChart.Size.FULL);
    Document doc = parse(svg);
    double targetY =
        Double.parseDouble(
            byClass(doc, "gt-chart__target-line").get(0).getAttribute("d").split(" ")[1]);
    assertThat(targetY).isGreaterThanOrEqualTo(0).isLessThan(viewBox(doc)[1]);
    assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
        .contains("The axis runs from 400 to 600");
  }

  @Test
  void noTextSitsOutsideThePictureWhateverTheFiguresAndSize() throws Exception {
    Measure money = new Measure(Unit.MONEY, 0, Polarity.LOWER_IS_BETTER, Tolerance.percent("5"));
    Measure days = new Measure(Unit.DAYS, 1, Polarity.LOWER_IS_BETTER, Tolerance.absolute("0.5"));
    List<String> charts = new ArrayList<>();
    for (TrendChart.Size size : TrendChart.Size.values()) {
      charts.add(
          TrendChart.svg(
              "a",
              "Spend",
              points("2024/25 M01", "1250000", money, series(24, 1.2e6)),
              money,
              size));
      charts.add(
          TrendChart.svg(
              "b", "Days", points("2025/26 Q1", "8.5", days, 9.2, 8.8, -0.4, 12.75), days, size));
      charts.add(
          TrendChart.svg("c", "One", points("2025/26 Q1", null, PERCENT, 99.9), PERCENT, size));
      charts.add(
          TrendChart.svg(
              "d", "Years", points("2020/21", "60", PERCENT, 50.0, 55.5, 61.0), PERCENT, size));
      charts.add(
          TrendChart.svg(
              "e", "Negative", points("2025/26 Q1", "-5", money, -1234567.0, -9.0), money, size));
    }
    for (String chart : charts) {
      Document svg = parse(chart);
      double[] box = viewBox(svg);
      for (Element text : all(svg, "text")) {
        String words = text.getTextContent();
        double size = fontSize(text);
        double width =
            ChartNumbers.width(words, size)
                * (text.getAttribute("font-weight").equals("bold") ? 1.08 : 1);
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        String anchor = text.getAttribute("text-anchor");
        double from =
            anchor.equals("middle") ? x - width / 2 : anchor.equals("end") ? x - width : x;
        assertThat(from).as(words).isGreaterThanOrEqualTo(0);
        assertThat(from + width).as(words).isLessThanOrEqualTo(box[0]);
        assertThat(y - size * 0.75).as(words).isGreaterThanOrEqualTo(0);
        assertThat(y + size * 0.25).as(words).isLessThanOrEqualTo(box[1]);
      }
    }
  }

  private static Double[] series(int count, double around) {
    Double[] figures = new Double[count];
    for (int i = 0; i < count; i++) {
      figures[i] = around * (1 + ((i * 7) % 5 - 2) / 20.0);
    }
    return figures;
  }

  /**
   * Text is as large as body text where the chart is shown: a full chart's 19 units of 440 are
   * about 20px at its widest (480px); a small chart's 16 units of 240 are 9pt printed 48mm wide.
   */
  @Test
  void textIsAtLeastAsLargeAsBodyTextAtTheSizeTheChartIsShown() throws Exception {
    for (TrendChart.Size size : TrendChart.Size.values()) {
      Document svg =
          parse(
              TrendChart.svg(
                  "c", "Claims", points("2025/26 Q1", "90", PERCENT, 82.0, 91.0), PERCENT, size));
      double width = viewBox(svg)[0];
      double smallest =
          all(svg, "text").stream().mapToDouble(TrendChartTest::fontSize).min().orElseThrow();
      if (size == TrendChart.Size.FULL) {
        assertThat(smallest * 480 / width).isGreaterThanOrEqualTo(19);
      } else {
        double pointsAcross = 48 / 25.4 * 72;
        assertThat(smallest * pointsAcross / width).isGreaterThanOrEqualTo(9);
        assertThat(viewBox(svg)[1]).isEqualTo(width / 2); // fills the PDF's 48 by 24mm box
      }
    }
  }

  @Test
  void withoutFiguresTheChartSaysSo() throws Exception {
    Document svg =
        parse(TrendChart.svg("c", "Claims", points("2025/26 Q1", null, PERCENT, (Double) null)));
    assertThat(svg.getDocumentElement().getTextContent()).contains("No values yet");
  }

  @Test
  void aSparklineIsNamedForAScreenReaderAndMarksItsLatestStatus() throws Exception {
    Document svg =
        parse(
            Sparkline.svg(
                "Trend of PI-1 Claims",
                points("2025/26 Q1", "90", PERCENT, 82.0, 91.0, 80.0, null),
                PERCENT));
    Element root = svg.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label"))
        .isEqualTo(
            "Trend of PI-1 Claims: 82.0% in 2025/26 Q1 to 80.0% in 2025/26 Q3, against a target of 90.0%");
    assertThat(byClass(svg, "gt-chart__mark--red")).hasSize(1);
    assertThat(all(svg, "text")).isEmpty();
  }
}
