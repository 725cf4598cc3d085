package org.goldenthread.indicator.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.calc.XmrCalculator;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.indicator.calc.XmrPoint;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XmrChartSvgTest {

  /** Consecutive periods from {@code first}, one figure each. */
  private static List<XmrPoint> series(String first, double... figures) {
    List<XmrPoint> points = new ArrayList<>();
    Period p = Period.parse(first);
    for (double f : figures) {
      points.add(new XmrPoint(p, BigDecimal.valueOf(f)));
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

  private static List<Element> byClass(Document svg, String css) {
    List<Element> found = new ArrayList<>();
    NodeList all = svg.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(css)) {
        found.add(e);
      }
    }
    return found;
  }

  private static double height(Document svg) {
    return Double.parseDouble(svg.getDocumentElement().getAttribute("viewBox").split(" ")[3]);
  }

  private static List<BigDecimal> targets(int count, String target) {
    return new ArrayList<>(Collections.nCopies(count, new BigDecimal(target)));
  }

  @Test
  void drawsThePointsTheMeanTheDashedLimitsTheTargetAndADiamondForEachSignalledPoint()
      throws Exception {
    // Six low quarters then seven high: a shift, and points beyond the limits.
    XmrChart chart =
        XmrCalculator.chart(
            series("2023/24 Q1", 10, 10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30, 30),
            Polarity.HIGHER_IS_BETTER,
            new BigDecimal("20"));
    String text = XmrChartSvg.svg("xmr", "Claims decided", chart, targets(13, "20"));
    Document svg = parse(text);

    Element root = svg.getDocumentElement();
    assertThat(root.getAttribute("viewBox")).startsWith("0 0 440 ");
    assertThat(root.getAttribute("width")).isEqualTo("100%");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Claims decided");
    assertThat(byClass(svg, "gt-xmr__mean")).hasSize(2); // the line, and its legend
    assertThat(byClass(svg, "gt-xmr__limit")).hasSize(3); // upper, lower, and the legend
    assertThat(byClass(svg, "gt-xmr__target")).hasSize(2);
    long signalled =
        chart.points().stream()
            .filter(p -> chart.signals().stream().anyMatch(s -> s.covers(p.period())))
            .count();
    assertThat(signalled).isPositive();
    // One mark per point: a circle, or a diamond where a signal covers it (plus one of each in
    // the legend).
    assertThat(byClass(svg, "gt-xmr__signal-point")).hasSize((int) signalled + 1);
    assertThat(byClass(svg, "gt-xmr__point")).hasSize(13 - (int) signalled + 1);
    assertThat(byClass(svg, "gt-xmr__point").get(0).getTagName()).isEqualTo("circle");
    assertThat(byClass(svg, "gt-xmr__signal-point").get(0).getTagName()).isEqualTo("path");

    // The upper limit lies above the mean (a smaller y), the lower below it.
    double mean = Double.parseDouble(byClass(svg, "gt-xmr__mean").get(0).getAttribute("y1"));
    List<Element> limits = byClass(svg, "gt-xmr__limit");
    double upper = Double.parseDouble(limits.get(0).getAttribute("y1"));
    double lower = Double.parseDouble(limits.get(1).getAttribute("y1"));
    assertThat(upper).isLessThan(mean);
    assertThat(lower).isGreaterThan(mean);

    String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
    assertThat(desc)
        .contains("13 values, from 2023/24 Q1 to 2026/27 Q1")
        .contains("upper process limit")
        .contains("Shift");
  }

  @Test
  void roundTicksAndLongPeriodLabelsStayInsideThePicture() throws Exception {
    double[] figures = new double[24];
    for (int i = 0; i < figures.length; i++) {
      figures[i] = 1_234_567.5 + (i % 3) * 10_000;
    }
    XmrChart chart =
        XmrCalculator.chart(series("2024/25 M01", figures), Polarity.LOWER_IS_BETTER, null);
    Document svg =
        parse(
            XmrChartSvg.svg("xmr", "Spend", chart, new ArrayList<>(Collections.nCopies(24, null))));

    NodeList texts = svg.getElementsByTagName("text");
    List<String> periodLabels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      String label = t.getTextContent();
      double x = Double.parseDouble(t.getAttribute("x"));
      double y = Double.parseDouble(t.getAttribute("y"));
      double width = ChartNumbers.width(label, XmrChartSvg.FONT);
      String anchor = t.getAttribute("text-anchor");
      double from = anchor.equals("middle") ? x - width / 2 : anchor.equals("end") ? x - width : x;
      assertThat(from).as(label).isGreaterThanOrEqualTo(0);
      assertThat(from + width).as(label).isLessThanOrEqualTo(440);
      assertThat(y).as(label).isBetween(0.0, height(svg));
      if (label.startsWith("M")) {
        periodLabels.add(label);
      }
    }
    // Thinned to fit, but the latest period is always labelled.
    assertThat(periodLabels).contains("M12").hasSizeLessThan(24);
    // The y axis ticks are round numbers in millions, not the figures themselves.
    assertThat(texts.item(0).getTextContent()).matches("\\d+(\\.\\d{1,2})?m");
  }

  @Test
  void theAxisStepIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    var axis = Axis.of(List.of(new BigDecimal("3.2"), new BigDecimal("97.4")));
    assertThat(axis.step()).isEqualByComparingTo("25");
    assertThat(axis.ticks()).extracting(BigDecimal::intValue).containsExactly(0, 25, 50, 75, 100);
    assertThat(Axis.of(List.of(new BigDecimal("0.12"), new BigDecimal("0.19"))).step())
        .isEqualByComparingTo("0.02");
    // All figures equal: the axis still has a height.
    var flat = Axis.of(List.of(new BigDecimal("50"), new BigDecimal("50")));
    assertThat(flat.low()).isLessThan(new BigDecimal("50"));
    assertThat(flat.high()).isGreaterThan(new BigDecimal("50"));
  }

  @Test
  void belowTwelvePointsItDrawsThePointsButNoLimitsAndSaysThereIsNotEnoughData() throws Exception {
    XmrChart chart =
        XmrCalculator.chart(series("2025/26 Q1", 5, 6, 7), Polarity.HIGHER_IS_BETTER, null);
    Document svg = parse(XmrChartSvg.svg("xmr", "Few", chart, targets(3, "6")));
    assertThat(byClass(svg, "gt-xmr__limit")).isEmpty();
    assertThat(byClass(svg, "gt-xmr__mean")).isEmpty();
    assertThat(byClass(svg, "gt-xmr__point")).hasSize(4);
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .contains("Not enough data");

    Document none =
        parse(
            XmrChartSvg.svg(
                "xmr",
                "None",
                XmrCalculator.chart(List.of(), Polarity.HIGHER_IS_BETTER, null),
                List.of()));
    assertThat(none.getDocumentElement().getTextContent()).contains("No values yet");
  }
}
