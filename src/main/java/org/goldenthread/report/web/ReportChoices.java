package org.goldenthread.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.PlanService;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.RiskScope;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.shared.Choice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The choices on the report form and the report page. */
@Component
@Transactional(readOnly = true)
public class ReportChoices {

  /** How many periods the report page offers, the latest first. */
  static final int PERIODS = 8;

  private final PlanService plans;
  private final FrameworkService framework;
  private final GovernanceService governance;
  private final OrgChoices org;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final RiskRegisters riskRegisters;

  ReportChoices(
      PlanService plans,
      FrameworkService framework,
      GovernanceService governance,
      OrgChoices org,
      IndicatorService indicators,
      ActionService actions,
      RiskRegisters riskRegisters) {
    this.plans = plans;
    this.framework = framework;
    this.governance = governance;
    this.org = org;
    this.indicators = indicators;
    this.actions = actions;
    this.riskRegisters = riskRegisters;
  }

  List<Choice> riskScopes() {
    return Choice.of(RiskScope.class, RiskScope::label);
  }

  List<Choice> riskRegisters() {
    return withBlank(
        "Choose a risk register",
        riskRegisters.all().stream().map(r -> Choice.of(r.getId(), r.getName())).toList());
  }

  List<Choice> scopeKinds() {
    return Choice.of(ScopeKind.class, ScopeKind::label);
  }

  List<Choice> periodTypes() {
    return Choice.of(PeriodType.class, PeriodType::label);
  }

  List<Choice> frequencies() {
    return Choice.of(Frequency.class, Frequency::label);
  }

  List<Choice> plans() {
    return withBlank(
        "Choose a plan", plans.all().stream().map(p -> Choice.of(p.getId(), p.label())).toList());
  }

  List<Choice> priorities() {
    return withBlank(
        "Choose a priority",
        framework.all().stream()
            .filter(i -> i.getType() == ItemType.PRIORITY)
            .map(i -> Choice.of(i.getId(), i.label()))
            .toList());
  }

  List<Choice> portfolios() {
    return withBlank(
        "Choose a portfolio",
        governance.portfolios().stream().map(p -> Choice.of(p.getId(), p.getTitle())).toList());
  }

  List<Choice> units() {
    return org.units("Choose a directorate or unit");
  }

  /** Everyone a schedule may send its report pack to, by name. */
  public List<Choice> people() {
    return org.people("", null).stream().skip(1).toList();
  }

  public List<Choice> bodies(String blank) {
    return bodies(blank, b -> true);
  }

  /** The bodies whose reports the public pages show: those that meet in public. */
  public List<Choice> publicBodies(String blank) {
    return bodies(blank, b -> b.getType().meetsInPublic());
  }

  public List<Choice> bodies(String blank, Predicate<Body> which) {
    return withBlank(
        blank,
        governance.bodies().stream()
            .filter(which)
            .map(b -> Choice.of(b.getId(), b.getName()))
            .toList());
  }

  List<Choice> indicators() {
    return indicators.all().stream()
        .map(i -> Choice.of(i.getId(), i.getCode() + " " + i.getTitle()))
        .toList();
  }

  List<Choice> actions() {
    return actions.all().stream().map(a -> Choice.of(a.getId(), a.label())).toList();
  }

  /** The periods of a type up to the one holding today, the latest first. */
  public static List<Choice> periods(Period current) {
    List<Choice> choices = new ArrayList<>();
    Period p = current;
    for (int i = 0; i < PERIODS; i++) {
      choices.add(Choice.of(p.label(), p.label()));
      p = p.previous();
    }
    return choices;
  }

  private static List<Choice> withBlank(String blank, List<Choice> choices) {
    List<Choice> all = new ArrayList<>();
    all.add(Choice.of(null, blank));
    all.addAll(choices);
    return all;
  }
}
