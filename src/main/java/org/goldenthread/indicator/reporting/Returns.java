package org.goldenthread.indicator.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.period.Deadlines;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due in a reporting period: for every active indicator whose figures are entered (not
 * calculated), each of its periods that ends within the reporting period, with its deadline (SPEC
 * §3), its stage, and whether it is late on the day asked.
 */
@Service
@Transactional(readOnly = true)
public class Returns {

  private final IndicatorService indicators;
  private final IndicatorValueRepository values;
  private final Deadlines deadlines;
  private final IndicatorProperties settings;
  private final Clock clock;

  Returns(
      IndicatorService indicators,
      IndicatorValueRepository values,
      Deadlines deadlines,
      IndicatorProperties settings,
      Clock clock) {
    this.indicators = indicators;
    this.values = values;
    this.deadlines = deadlines;
    this.settings = settings;
    this.clock = clock;
  }

  /** Every return due in the reporting period, as it stands today, by deadline and code. */
  public List<Return> in(ReportingPeriod reporting) {
    return in(reporting.getPeriod(), LocalDate.now(clock));
  }

  /** Every return due in the period, as it stood (or will stand) on {@code today}. */
  public List<Return> in(Period reporting, LocalDate today) {
    return in(reporting, indicators.all(), true, today);
  }

  /**
   * The returns of some indicators due in the period (an officer's own, a partner's), as they stand
   * on {@code today}; inactive and calculated indicators owe none.
   */
  public List<Return> in(Period reporting, Collection<Indicator> of, LocalDate today) {
    return in(reporting, of, false, today);
  }

  /** As above; for the whole council ({@code every}), the periods' values without ids. */
  private List<Return> in(
      Period reporting, Collection<Indicator> of, boolean every, LocalDate today) {
    List<Indicator> owed =
        of.stream().filter(Indicator::isActive).filter(i -> !i.isCalculated()).toList();
    Map<Indicator, List<Period>> periodsOf = new HashMap<>();
    Set<Period> allPeriods = new HashSet<>();
    for (Indicator indicator : owed) {
      List<Period> due = periodsEndingIn(reporting, indicator);
      periodsOf.put(indicator, due);
      allPeriods.addAll(due);
    }
    Map<Long, Map<Period, IndicatorValue>> stored = new HashMap<>();
    if (!allPeriods.isEmpty()) {
      Set<Long> ids = owed.stream().map(Indicator::getId).collect(Collectors.toSet());
      List<IndicatorValue> found =
          every
              ? values.findByPeriods(allPeriods)
              : values.findByIndicatorIdsAndPeriods(ids, allPeriods);
      for (IndicatorValue v : found) {
        if (ids.contains(v.getIndicator().getId())) {
          stored
              .computeIfAbsent(v.getIndicator().getId(), k -> new HashMap<>())
              .put(v.getPeriod(), v);
        }
      }
    }
    List<Return> returns = new ArrayList<>();
    for (Indicator indicator : owed) {
      for (Period period : periodsOf.get(indicator)) {
        IndicatorValue value = stored.getOrDefault(indicator.getId(), Map.of()).get(period);
        returns.add(toReturn(indicator, period, value, today));
      }
    }
    returns.sort(Comparator.comparing(Return::deadline).thenComparing(Return::code));
    return returns;
  }

  /** The deadline for an indicator's period: the setting's working day of the month after. */
  public LocalDate deadline(Period period) {
    return deadlines.deadlineFor(period, settings.deadlineWorkingDay());
  }

  /** The indicator's periods that end within the reporting period, earliest first. */
  static List<Period> periodsEndingIn(Period reporting, Indicator indicator) {
    List<Period> due = new ArrayList<>();
    Period p = Period.containing(reporting.end(), indicator.getFrequency());
    while (!p.end().isBefore(reporting.start())) {
      if (reporting.contains(p.end())) {
        due.add(0, p);
      }
      p = p.previous();
    }
    return due;
  }

  private Return toReturn(
      Indicator indicator, Period period, IndicatorValue value, LocalDate today) {
    Stage stage = Stage.of(value == null ? null : value.getState());
    LocalDate deadline = deadline(period);
    boolean late = stage.isOwed() && today.isAfter(deadline);
    boolean returned = value != null && stage == Stage.ENTERED && value.getSubmittedAt() != null;
    Person responsible = indicator.getResponsible();
    Person accountable = indicator.getAccountable();
    OrgUnit unit = indicator.getOrgUnit();
    return new Return(
        indicator.getId(),
        indicator.getCode(),
        indicator.getTitle(),
        period,
        deadline,
        stage,
        late,
        returned,
        value == null ? null : value.getId(),
        responsible == null ? null : responsible.getId(),
        responsible == null ? null : responsible.getFullName(),
        accountable == null ? null : accountable.getId(),
        accountable == null ? null : accountable.getFullName(),
        unit == null ? null : unit.getId(),
        unit == null ? null : unit.getName(),
        indicator.getDataProvider() == null ? null : indicator.getDataProvider().getId());
  }
}
