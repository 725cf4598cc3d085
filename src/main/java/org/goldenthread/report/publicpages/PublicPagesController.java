package org.goldenthread.report.publicpages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.indicator.chart.ChartSeries;
import org.goldenthread.indicator.chart.Measure;
import org.goldenthread.indicator.chart.TrendChart;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.report.web.ReportChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The council's public performance pages, open to anyone without signing in: the published
 * indicators with their published figures, the published reports as they were published, and the
 * open data. Nothing here names a person or shows anything not yet published.
 */
@Controller
class PublicPagesController {

  private final PublicIndicators indicators;
  private final PublishingService publishing;
  private final ReportChoices choices;
  private final PublicDataProperties licence;
  private final IndicatorProperties settings;

  PublicPagesController(
      PublicIndicators indicators,
      PublishingService publishing,
      ReportChoices choices,
      PublicDataProperties licence,
      IndicatorProperties settings) {
    this.indicators = indicators;
    this.publishing = publishing;
    this.choices = choices;
    this.licence = licence;
    this.settings = settings;
  }

  @ModelAttribute("licence")
  PublicDataProperties licence() {
    return licence;
  }

  @GetMapping("/public")
  String home(Model model) {
    model.addAttribute("indicatorCount", indicators.all().size());
    model.addAttribute(
        "reportCount",
        publishing.publicGrouped(null, null).stream()
            .flatMap(b -> b.periods().stream())
            .mapToInt(g -> g.reports().size())
            .sum());
    return "report/public/home";
  }

  @GetMapping("/public/indicators")
  String indicators(Model model) {
    model.addAttribute("histories", indicators.histories());
    return "report/public/indicators";
  }

  @GetMapping("/public/indicators/{code}")
  String indicator(@PathVariable String code, Model model) {
    PublicIndicators.History history = indicators.history(indicators.get(code));
    List<PublicIndicators.Line> lines = history.lines();
    model.addAttribute("indicator", history.indicator());
    model.addAttribute("history", history);
    List<PublicIndicators.Line> newestFirst = new ArrayList<>(lines);
    Collections.reverse(newestFirst);
    model.addAttribute("newestFirst", newestFirst);
    model.addAttribute(
        "chart",
        ChartSeries.chart(
            "chart",
            history.indicator().getTitle() + ": published actual against target",
            ChartSeries.last(lines.stream().map(PublicIndicators.Line::result).toList(), 12),
            Measure.of(history.indicator(), settings.councilTolerance()),
            TrendChart.Size.FULL));
    return "report/public/indicator";
  }

  @GetMapping("/public/reports")
  String reports(
      @RequestParam(required = false) Long bodyId,
      @RequestParam(required = false) String period,
      Model model) {
    model.addAttribute("groups", publishing.publicGrouped(bodyId, period));
    model.addAttribute("bodies", choices.publicBodies("Every committee"));
    model.addAttribute("bodyId", bodyId);
    model.addAttribute("period", period == null ? "" : period.trim());
    return "report/public/reports";
  }

  /**
   * A published report drawn from its snapshot alone: no live figure, no corrections. A report to a
   * body that meets in public is a public document, so it lists every indicator in it, whether or
   * not the council publishes that indicator on these pages, with the figures exactly as published.
   */
  @GetMapping("/public/reports/{id}")
  String report(@PathVariable long id, Model model) {
    PublishedReport published = publishing.getPublic(id);
    model.addAttribute("published", published);
    // A confidential risk is never shown on the public pages, not even counted.
    model.addAttribute("snapshot", publishing.snapshot(published).publicCopy());
    return "report/public/report";
  }

  @GetMapping("/public/data")
  String data(Model model) {
    model.addAttribute("columns", OpenData.DESCRIBED);
    model.addAttribute("attribution", OpenData.ATTRIBUTION);
    return "report/public/data";
  }
}
