package org.goldenthread.report.publicpages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.Period;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see of the indicators: the active indicators marked as published, and of
 * those only their published values. Every figure, status and trend is worked out by the usual
 * rules from published values alone, so a value still being entered, checked or verified counts as
 * missing, and its commentary is not shown.
 */
@Service
@Transactional(
    readOnly = true,
    timeoutString = "${goldenthread.load.heavy-read-timeout-seconds:30}")
public class PublicIndicators {

  /**
   * One published figure: the period of a published value, what the indicator reports for it (year
   * to date for a cumulative indicator) and the value's published commentary.
   */
  public record Line(
      Indicator indicator,
      IndicatorCalculator.Result result,
      String commentary,
      String remedialAction) {

    public boolean yearToDate() {
      return indicator.isCumulative();
    }
  }

  /** A public indicator with its published figures, oldest first. */
  public record History(Indicator indicator, List<Line> lines) {

    /** The latest published figure, or null when nothing has been published yet. */
    public Line latest() {
      return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }
  }

  private final IndicatorRepository indicators;
  private final IndicatorValueRepository values;
  private final IndicatorResults results;

  PublicIndicators(
      IndicatorRepository indicators, IndicatorValueRepository values, IndicatorResults results) {
    this.indicators = indicators;
    this.values = values;
    this.results = results;
  }

  /** The public indicators, by code. */
  public List<Indicator> all() {
    return indicators.findAllInOrder().stream()
        .filter(PublicIndicators::isPublic)
        .sorted(Comparator.comparing(Indicator::getCode))
        .toList();
  }

  /**
   * A public indicator by its code (in any case). One that does not exist and one that is not
   * public are refused alike, so the answer does not say which.
   */
  public Indicator get(String code) {
    return indicators
        .findByCodeIgnoreCase(code)
        .filter(PublicIndicators::isPublic)
        .orElseThrow(() -> new RecordNotFoundException("Page", "/public/indicators"));
  }

  /** Every public indicator with its published figures. */
  public List<History> histories() {
    return histories(all());
  }

  public History history(Indicator indicator) {
    return histories(List.of(indicator)).get(0);
  }

  private List<History> histories(List<Indicator> wanted) {
    Map<Long, IndicatorCalculator> calculators = results.publishedCalculators(wanted);
    Map<Long, List<IndicatorValue>> published = publishedValues(wanted);
    List<History> all = new ArrayList<>();
    for (Indicator indicator : wanted) {
      IndicatorCalculator calculator = calculators.get(indicator.getId());
      List<Line> lines = new ArrayList<>();
      if (indicator.isCalculated()) {
        for (Period period : results.calculatedPeriods(indicator, true)) {
          IndicatorCalculator.Result result = calculator.result(period);
          if (result.actual() != null) {
            lines.add(new Line(indicator, result, null, null));
          }
        }
      } else {
        for (IndicatorValue v : published.getOrDefault(indicator.getId(), List.of())) {
          lines.add(
              new Line(
                  indicator,
                  calculator.result(v.getPeriod()),
                  v.getCommentary(),
                  v.getRemedialAction()));
        }
      }
      lines.sort(Comparator.comparing(l -> l.result().period()));
      all.add(new History(indicator, List.copyOf(lines)));
    }
    return all;
  }

  private Map<Long, List<IndicatorValue>> publishedValues(Collection<Indicator> wanted) {
    Map<Long, List<IndicatorValue>> byIndicator = new HashMap<>();
    List<Long> ids = wanted.stream().map(Indicator::getId).toList();
    if (ids.isEmpty()) {
      return byIndicator;
    }
    for (IndicatorValue v : values.findByIndicatorIdsAndState(ids, ValueState.PUBLISHED)) {
      byIndicator.computeIfAbsent(v.getIndicator().getId(), k -> new ArrayList<>()).add(v);
    }
    return byIndicator;
  }

  static boolean isPublic(Indicator indicator) {
    return indicator.isActive() && indicator.isPublished();
  }
}
