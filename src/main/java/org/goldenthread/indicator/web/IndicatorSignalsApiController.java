package org.goldenthread.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorSignals;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.SignalRule;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.indicator.calc.XmrChart;
import org.goldenthread.period.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An indicator's statistical signals over JSON: its XmR chart (SPEC §4a). */
@RestController
@Tag(name = "Indicators", description = "Definitions, values, statuses and trends")
@SecurityRequirement(name = "apiToken")
class IndicatorSignalsApiController {

  /** One point of the series the chart is drawn from. */
  record PointView(String period, BigDecimal value) {}

  /** A signal and the periods it covers, in words too. */
  record SignalView(SignalRule rule, List<String> periods, String explanation) {}

  /** The chart: limits, signals, and the variation and assurance of its latest point. */
  record SignalsView(
      String code,
      List<PointView> points,
      BigDecimal mean,
      BigDecimal averageMovingRange,
      BigDecimal upperLimit,
      BigDecimal lowerLimit,
      Variation variation,
      String variationExplanation,
      Assurance assurance,
      String assuranceExplanation,
      List<SignalView> signals) {

    static SignalsView of(String code, XmrChart chart) {
      return new SignalsView(
          code,
          chart.points().stream().map(p -> new PointView(p.period().label(), p.value())).toList(),
          chart.mean(),
          chart.averageMovingRange(),
          chart.upperLimit(),
          chart.lowerLimit(),
          chart.variation(),
          chart.variationExplanation(),
          chart.assurance(),
          chart.assuranceExplanation(),
          chart.signals().stream()
              .map(
                  s ->
                      new SignalView(
                          s.rule(),
                          s.periods().stream().map(Period::label).toList(),
                          s.explanation()))
              .toList());
    }
  }

  private final IndicatorService indicators;
  private final IndicatorSignals signals;

  IndicatorSignalsApiController(IndicatorService indicators, IndicatorSignals signals) {
    this.indicators = indicators;
    this.signals = signals;
  }

  @GetMapping("/api/v1/indicators/{code}/signals")
  @PreAuthorize("@indicatorAccess.canReadCode(authentication, #code)")
  @Operation(
      summary =
          "The indicator's XmR chart: mean and process limits of its latest 24 figures (at least"
              + " 12), the signals (OUTSIDE_LIMITS, SHIFT, TREND, TWO_OF_THREE) with the periods"
              + " each covers, and the variation and assurance of the latest figure")
  SignalsView signals(@PathVariable String code) {
    return SignalsView.of(code, signals.of(indicators.byCode(code)));
  }
}
