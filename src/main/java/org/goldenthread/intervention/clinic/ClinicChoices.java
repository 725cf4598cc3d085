package org.goldenthread.intervention.clinic;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.PeriodType;
import org.goldenthread.risk.RiskRepository;
import org.goldenthread.risk.RiskState;
import org.goldenthread.shared.Choice;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists a clinic's forms choose from. */
@Component
@Transactional(readOnly = true)
class ClinicChoices {

  /** A group of choices under a heading (an optgroup). */
  record Group(String label, List<Choice> choices) {}

  private final GovernanceService governance;
  private final OrgChoices org;
  private final ClinicAccess access;
  private final IndicatorRepository indicators;
  private final ActionRepository actions;
  private final RiskRepository risks;

  ClinicChoices(
      GovernanceService governance,
      OrgChoices org,
      ClinicAccess access,
      IndicatorRepository indicators,
      ActionRepository actions,
      RiskRepository risks) {
    this.governance = governance;
    this.org = org;
    this.access = access;
    this.indicators = indicators;
    this.actions = actions;
    this.risks = risks;
  }

  /** The bodies whose clinics the signed-in person records. */
  List<Choice> bodies(Authentication authentication) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Choose a body"));
    governance.bodies().stream()
        .filter(b -> access.canRecordFor(authentication, b))
        .forEach(b -> choices.add(Choice.of(b.getId(), b.getName())));
    return choices;
  }

  List<Choice> units() {
    return org.units("The whole council");
  }

  List<Choice> people() {
    return org.people("", null).stream().filter(c -> !c.value().isEmpty()).toList();
  }

  /** Indicators, actions and risks to add to an agenda by hand. */
  List<Group> subjects() {
    return List.of(
        new Group("Indicators", indicatorChoices()),
        new Group(
            "Actions",
            actions.findAllInOrder().stream()
                .map(a -> Choice.of(Subject.of(Subject.Kind.ACTION, a.getId()), a.label()))
                .toList()),
        new Group(
            "Risks",
            risks.findAllInOrder().stream()
                .filter(r -> r.getState() != RiskState.CLOSED)
                .map(
                    r ->
                        Choice.of(
                            Subject.of(Subject.Kind.RISK, r.getId()),
                            r.getCode() + " " + r.getTitle()))
                .toList()));
  }

  /** Indicators and actions to recognise by hand. */
  List<Group> recognisable() {
    return List.of(
        new Group("Indicators", indicatorChoices()),
        new Group(
            "Actions",
            actions.findAllInOrder().stream()
                .map(a -> Choice.of(Subject.of(Subject.Kind.ACTION, a.getId()), a.label()))
                .toList()));
  }

  private List<Choice> indicatorChoices() {
    return indicators.findAllInOrder().stream()
        .filter(Indicator::isActive)
        .map(i -> Choice.of(Subject.of(Subject.Kind.INDICATOR, i.getId()), i.label()))
        .toList();
  }

  List<Choice> outcomes() {
    return Choice.of(ClinicOutcome.class, ClinicOutcome::label);
  }

  /** Frequencies more often than the indicator's own. */
  List<Choice> frequencies(Indicator indicator) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Keep as it is"));
    for (PeriodType t : PeriodType.values()) {
      if (indicator == null || t.months() < indicator.getFrequency().months()) {
        choices.add(Choice.of(t.name(), ItemChecks.oftenCapitalised(t)));
      }
    }
    return choices;
  }
}
