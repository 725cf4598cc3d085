package org.goldenthread.indicator.value;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.calc.IndicatorCalculator;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a responsible officer owes: for each indicator, the latest period due and its deadline. */
@Component
@Transactional(readOnly = true)
class DuePeriods {

  /** One indicator's latest due period, its deadline, and what has been done about it. */
  record Due(
      Indicator indicator,
      Period period,
      LocalDate deadline,
      IndicatorValue value,
      IndicatorCalculator.Result result,
      boolean late) {}

  private final IndicatorService indicators;
  private final IndicatorRepository records;
  private final IndicatorValueRepository values;
  private final IndicatorResults results;
  private final Deadlines deadlines;
  private final IndicatorProperties settings;
  private final Clock clock;

  DuePeriods(
      IndicatorService indicators,
      IndicatorRepository records,
      IndicatorValueRepository values,
      IndicatorResults results,
      Deadlines deadlines,
      IndicatorProperties settings,
      Clock clock) {
    this.indicators = indicators;
    this.records = records;
    this.values = values;
    this.results = results;
    this.deadlines = deadlines;
    this.settings = settings;
    this.clock = clock;
  }

  /** The period most recently ended for an indicator's frequency: the one now being reported. */
  Period duePeriod(Indicator indicator) {
    return Period.containing(LocalDate.now(clock), indicator.getFrequency()).previous();
  }

  LocalDate deadline(Period period) {
    return deadlines.deadlineFor(period, settings.deadlineWorkingDay());
  }

  List<Due> of(long personId) {
    return of(indicators.responsibleFor(personId));
  }

  /** What a partner organisation owes for the indicators it provides data for. */
  List<Due> providedBy(long organisationId) {
    return of(records.findActiveByDataProvider(organisationId));
  }

  private List<Due> of(List<Indicator> owed) {
    LocalDate today = LocalDate.now(clock);
    List<Indicator> mine = owed.stream().filter(i -> !i.isCalculated()).toList();
    Map<Long, IndicatorCalculator> calculators = results.calculators(mine);
    List<Due> due = new ArrayList<>();
    for (Indicator indicator : mine) {
      Period period = duePeriod(indicator);
      IndicatorValue value = values.findByIndicatorAndPeriod(indicator, period).orElse(null);
      boolean submitted = value != null && value.getState() != ValueState.ENTERED;
      due.add(
          new Due(
              indicator,
              period,
              deadline(period),
              value,
              calculators.get(indicator.getId()).result(period),
              !submitted && deadlines.isLate(period, today, settings.deadlineWorkingDay())));
    }
    return due;
  }

  /** The periods an officer may enter for: the last eight of the indicator's frequency. */
  List<Period> enterable(Indicator indicator) {
    List<Period> periods = new ArrayList<>();
    Period p = Period.containing(LocalDate.now(clock), indicator.getFrequency());
    for (int i = 0; i < 8; i++) {
      periods.add(p);
      p = p.previous();
    }
    return periods;
  }
}
