package org.goldenthread.indicator.value;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.IndicatorResults;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.YearFigures;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.indicator.reporting.ReportingPeriod;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Returns;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a responsible officer owes: the returns of the open reporting periods for their indicators,
 * with each deadline. A council that has never opened a reporting period (a new installation) sees,
 * for each indicator, the latest period ended instead.
 */
@Component
@Transactional(readOnly = true)
class DuePeriods {

  /**
   * One indicator's period due, its deadline, what has been done about it, and whether it was sent
   * back for correction.
   */
  record Due(
      Indicator indicator,
      Period period,
      LocalDate deadline,
      IndicatorValue value,
      PeriodResult result,
      boolean late,
      boolean returned) {}

  private final IndicatorService indicators;
  private final IndicatorRepository records;
  private final IndicatorValueRepository values;
  private final IndicatorResults results;
  private final Deadlines deadlines;
  private final IndicatorProperties settings;
  private final ReportingPeriods reporting;
  private final Returns returns;
  private final Clock clock;

  DuePeriods(
      IndicatorService indicators,
      IndicatorRepository records,
      IndicatorValueRepository values,
      IndicatorResults results,
      Deadlines deadlines,
      IndicatorProperties settings,
      ReportingPeriods reporting,
      Returns returns,
      Clock clock) {
    this.indicators = indicators;
    this.records = records;
    this.values = values;
    this.results = results;
    this.deadlines = deadlines;
    this.settings = settings;
    this.reporting = reporting;
    this.returns = returns;
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

  /** Whether the list is the latest period ended, as no reporting period has ever been opened. */
  boolean withoutReportingPeriods() {
    return reporting.noneYet();
  }

  private List<Due> of(List<Indicator> owed) {
    LocalDate today = LocalDate.now(clock);
    List<Indicator> mine = owed.stream().filter(i -> !i.isCalculated()).toList();
    Results calculators = new Results(mine);
    if (!reporting.noneYet()) {
      return inOpenPeriods(mine, calculators, today);
    }
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
              calculators.of(indicator, period),
              !submitted && deadlines.isLate(period, today, settings.deadlineWorkingDay()),
              value != null
                  && value.getState() == ValueState.ENTERED
                  && value.getSubmittedAt() != null));
    }
    return due;
  }

  /** The returns of every open reporting period, the latest period first, then by deadline. */
  private List<Due> inOpenPeriods(List<Indicator> mine, Results calculators, LocalDate today) {
    Map<Long, Indicator> byId = new HashMap<>();
    mine.forEach(i -> byId.put(i.getId(), i));
    List<Due> due = new ArrayList<>();
    for (ReportingPeriod open : reporting.open()) {
      for (Return r : returns.in(open.getPeriod(), mine, today)) {
        Indicator indicator = byId.get(r.indicatorId());
        IndicatorValue value =
            r.valueId() == null ? null : values.findById(r.valueId()).orElse(null);
        due.add(
            new Due(
                indicator,
                r.period(),
                r.deadline(),
                value,
                calculators.of(indicator, r.period()),
                r.late(),
                r.returned()));
      }
    }
    return due;
  }

  /**
   * Each period's result as a scorecard of it works it out: from the figures of its financial year
   * and the year before, read once for each year asked about (not each indicator's whole history).
   */
  private final class Results {
    private final List<Indicator> mine;
    private final Map<FinancialYear, YearFigures> years = new HashMap<>();

    Results(List<Indicator> mine) {
      this.mine = mine;
    }

    PeriodResult of(Indicator indicator, Period period) {
      return years
          .computeIfAbsent(period.financialYear(), year -> results.yearFigures(mine, year))
          .calculator(indicator)
          .result(period);
    }
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
