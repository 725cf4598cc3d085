package org.goldenthread.report;

import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemForm;
import org.goldenthread.framework.ItemType;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.springframework.stereotype.Component;

/**
 * A small council of its own for the report tests, made through the product's services: a body, the
 * items it is accountable for, indicators with targets and values, and actions with updates. Names
 * are unique to each run, so tests depend on none of the demo's records.
 */
@Component
public class ReportFixtures {

  private final GovernanceService governance;
  private final FrameworkService framework;
  private final IndicatorService indicators;
  private final Targets targets;
  private final DataEntry dataEntry;
  private final ActionService actions;
  private final ProgressUpdates progress;
  private final PersonService people;
  private final Clock clock;

  ReportFixtures(
      GovernanceService governance,
      FrameworkService framework,
      IndicatorService indicators,
      Targets targets,
      DataEntry dataEntry,
      ActionService actions,
      ProgressUpdates progress,
      PersonService people,
      Clock clock) {
    this.governance = governance;
    this.framework = framework;
    this.indicators = indicators;
    this.targets = targets;
    this.dataEntry = dataEntry;
    this.actions = actions;
    this.progress = progress;
    this.people = people;
    this.clock = clock;
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  /** Two quarters ago: a period whose updates are history, with a quarter before it. */
  public Period reportedQuarter() {
    return progress.currentPeriod().previous().previous();
  }

  public Body body() {
    return governance.createBody(
        new BodyForm(unique("Board"), BodyType.OFFICER_BOARD, null, null, null));
  }

  public FrameworkItem item(Body accountable, FrameworkItem parent) {
    String code = unique("RPT");
    return framework.create(
        new ItemForm(
            code,
            "Item " + code,
            parent == null ? ItemType.PRIORITY : ItemType.OBJECTIVE,
            null,
            null,
            null,
            null,
            accountable == null ? null : accountable.getId(),
            null,
            parent == null ? null : parent.getId(),
            null));
  }

  /** A quarterly count, higher is better, 10% tolerance, measuring an item (or none). */
  public Indicator indicator(String code, FrameworkItem measures) {
    return indicator(code, measures, false, null);
  }

  /** The same, marked as published (shown on the public pages). */
  public Indicator publicIndicator(String code) {
    return indicator(code, null, true, null);
  }

  /** The same, calculated by a formula over other indicators, published or not. */
  public Indicator calculated(String code, String formula, boolean published) {
    return indicator(code, null, published, formula);
  }

  public Indicator indicator(
      String code, FrameworkItem measures, boolean published, String formula) {
    return indicator(code, "Indicator " + code, Unit.COUNT, 0, published, formula, measures);
  }

  /** A quarterly sum, higher is better, 10% tolerance, with its title, unit and decimal places. */
  public Indicator indicator(
      String code,
      String title,
      Unit unit,
      int decimalPlaces,
      boolean published,
      String formula,
      FrameworkItem measures) {
    long accountable = indicators.byCode("REV-01").getAccountable().getId();
    return indicators.create(
        new IndicatorForm(
            code,
            title,
            null,
            null,
            IndicatorType.LOCAL,
            unit,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.QUARTER,
            Aggregation.SUM,
            false,
            String.valueOf(decimalPlaces),
            "10",
            Tolerance.Kind.PERCENT,
            null,
            formula,
            null,
            false,
            published,
            true,
            null,
            accountable,
            null,
            null,
            measures == null ? List.of() : List.of(measures.getId()),
            null));
  }

  public void target(Indicator indicator, Period period, String amount) {
    targets.set(indicator, period, new BigDecimal(amount), named("admin"));
  }

  public void value(
      Indicator indicator, Period period, String actual, String commentary, String remedy) {
    dataEntry.enter(
        indicator,
        period,
        new ValueForm(actual, null, null, commentary, remedy, null, null),
        named("admin"),
        false);
  }

  public Action action(String code, FrameworkItem delivers, LocalDate start, LocalDate due) {
    return action(code, "Action " + code, delivers, start, due);
  }

  public Action action(
      String code, String title, FrameworkItem delivers, LocalDate start, LocalDate due) {
    long lead = people.search(null, PersonType.OFFICER).stream().findFirst().orElseThrow().getId();
    return actions.create(
        new ActionForm(
            code,
            title,
            null,
            ActionKind.ACTION,
            delivers == null ? null : delivers.getId(),
            null,
            lead,
            null,
            null,
            start,
            due,
            null));
  }

  public void update(
      Action action, Period quarter, Brag status, int percent, LocalDate completedOn) {
    update(action, quarter, status, percent, completedOn, "Progress in " + quarter.label());
  }

  public void update(
      Action action,
      Period quarter,
      Brag status,
      int percent,
      LocalDate completedOn,
      String commentary) {
    progress.recordHistoric(
        action,
        quarter,
        new BragRules.Assessment(status, percent, completedOn, commentary, "What we will do"),
        named("A. Officer"),
        clock.instant());
  }
}
