package org.goldenthread.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorProperties;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * Loads the demo council's indicators ({@link DemoIndicatorTable}): their definitions, three years
 * of targets, last years' figures as historic published values, and this year's figures entered,
 * submitted, verified and published through the data-entry service as officers would.
 */
@Component
class DemoIndicators {

  private final IndicatorRepository indicators;
  private final IndicatorValueRepository values;
  private final Targets targets;
  private final DataEntry entry;
  private final FrameworkService framework;
  private final IndicatorProperties settings;
  private final Clock clock;
  private final EntityManager entityManager;

  DemoIndicators(
      IndicatorRepository indicators,
      IndicatorValueRepository values,
      Targets targets,
      DataEntry entry,
      FrameworkService framework,
      IndicatorProperties settings,
      Clock clock,
      EntityManager entityManager) {
    this.indicators = indicators;
    this.values = values;
    this.targets = targets;
    this.entry = entry;
    this.framework = framework;
    this.settings = settings;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /** Names the partner organisation whose users enter an indicator's figures. */
  void provideDataBy(String code, Organisation partner) {
    Indicator indicator = indicators.findByCodeIgnoreCase(code).orElseThrow();
    indicator.provideDataBy(partner);
    indicators.save(indicator);
  }

  /** Loads the indicators; called by the demo council loader, in its transaction. */
  void load(
      Map<String, Person> people, Map<String, OrgUnit> units, Map<String, Portfolio> portfolios) {
    LocalDate today = LocalDate.now(clock);
    DemoYear year = DemoYear.containing(today);
    Map<String, FrameworkItem> items = new HashMap<>();
    framework.all().forEach(item -> items.put(item.getCode(), item));
    List<DemoIndicator> rows = DemoIndicatorTable.rows();
    // Thousands of targets and values go into one transaction: flushing before every query would
    // check them all each time, so this flushes only where the figures are read back.
    FlushModeType flushMode = entityManager.getFlushMode();
    entityManager.setFlushMode(FlushModeType.COMMIT);
    for (int i = 0; i < rows.size(); i++) {
      DemoIndicator row = rows.get(i);
      Indicator indicator = define(row, people, units, portfolios, items);
      setTargets(indicator, row, year, i % 8 == 3);
      entityManager.flush();
      if (row.formula() == null) {
        record(indicator, row, year, today);
      }
      entityManager.flush();
    }
    entityManager.setFlushMode(flushMode);
  }

  private Indicator define(
      DemoIndicator row,
      Map<String, Person> people,
      Map<String, OrgUnit> units,
      Map<String, Portfolio> portfolios,
      Map<String, FrameworkItem> items) {
    Indicator indicator = new Indicator(row.code(), row.title());
    indicator.describe(row.code(), row.title(), row.definition(), null, row.type());
    indicator.measure(
        row.unit(),
        row.polarity(),
        row.frequency(),
        row.aggregation(),
        row.cumulative(),
        row.places(),
        row.tolerance());
    indicator.assign(
        require(people.get(row.responsible()), row.responsible()),
        require(people.get(row.accountable()), row.accountable()),
        require(portfolios.get(row.service()), row.service()),
        require(units.get(row.service()), row.service()));
    indicator.classify(
        DemoSeries.source(row.setting("src")),
        row.perspective(),
        row.flagged("HEALTH"),
        row.flagged("PUBLIC"),
        true);
    if (row.formula() != null) {
      indicator.calculateBy(Formula.parse(row.formula()));
    }
    Set<FrameworkItem> measured = new HashSet<>();
    row.measures().forEach(code -> measured.add(require(items.get(code), code)));
    indicator.measureItems(measured);
    return indicators.save(indicator);
  }

  /**
   * The annual target for each of the three years: a total shared across the periods it is
   * collected in, a rate or level set for the year. This year's are left to approve on some.
   */
  private void setTargets(Indicator indicator, DemoIndicator row, DemoYear year, boolean pending) {
    if (row.target() == null) {
      return;
    }
    PersonRef setBy = recorded(indicator.getResponsible());
    PersonRef approver = recorded(indicator.getAccountable());
    for (int back = 2; back >= 0; back--) {
      int financialYear = year.plus(-back).firstYear();
      BigDecimal annual = row.target();
      List<IndicatorTarget> set =
          row.aggregation() == Aggregation.SUM && row.frequency() != PeriodType.FINANCIAL_YEAR
              ? targets.profile(
                  indicator, financialYear, annual, row.frequency(), row.profile(), setBy)
              : List.of(targets.set(indicator, Period.year(financialYear), annual, setBy));
      if (back > 0 || !pending) {
        set.forEach(target -> targets.approve(target.getId(), approver));
      }
    }
  }

  private static PersonRef recorded(Person person) {
    return PersonRef.person(person.getId(), person.getFullName());
  }

  private void record(Indicator indicator, DemoIndicator row, DemoYear year, LocalDate today) {
    DemoFigures figures = new DemoFigures(row, year, today, settings.councilTolerance());
    PersonRef enteredBy = recorded(indicator.getResponsible());
    PersonRef verifiedBy = recorded(indicator.getAccountable());
    DemoValueWriter writer =
        new DemoValueWriter(entry, indicator, row, enteredBy, verifiedBy, year.plus(-2));
    Period reporting = figures.reportingQuarter();
    boolean historic = false;
    for (DemoFigures.Figure figure : figures.figures()) {
      Period period = figure.period();
      if (historic && figures.inStoryYear(period)) {
        entityManager.flush();
        historic = false;
      }
      if (!figures.inStoryYear(period)) {
        IndicatorValue value = new IndicatorValue(indicator, period);
        value.recordHistoric(
            figure.measurement(),
            null,
            null,
            enteredBy,
            period.end().plusDays(14).atStartOfDay().toInstant(ZoneOffset.UTC));
        values.save(value);
        historic = true;
      } else {
        writer.write(period, figure.measurement(), stage(row, period, reporting));
      }
    }
  }

  /**
   * How far one of this year's figures has got: everything before the quarter being reported was
   * published in its turn; the quarter's last figure is where the row's story says; anything since
   * (last month's, for a monthly indicator) is no further on, and verified at most.
   */
  private static char stage(DemoIndicator row, Period period, Period reporting) {
    if (period.end().isBefore(reporting.end())) {
      return 'P';
    }
    if (period.end().equals(reporting.end())) {
      return row.stage();
    }
    return row.stage() == 'P' ? 'V' : row.stage();
  }

  private static <T> T require(T found, String key) {
    if (found == null) {
      throw new IllegalStateException("The demo indicators refer to something not loaded: " + key);
    }
    return found;
  }
}
