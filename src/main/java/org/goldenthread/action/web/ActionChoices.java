package org.goldenthread.action.web;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.Brag;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.framework.FrameworkAccess;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.PlanService;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Choice;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists that action and decision pages choose from. */
@Component
@Transactional(readOnly = true)
public class ActionChoices {

  /** The status filter's value for actions nobody has assessed yet. */
  static final String NOT_ASSESSED = "NONE";

  private final PlanService plans;
  private final FrameworkService framework;
  private final GovernanceService governance;
  private final OrgChoices organisation;
  private final DecisionService decisions;
  private final FrameworkAccess frameworkAccess;

  ActionChoices(
      PlanService plans,
      FrameworkService framework,
      GovernanceService governance,
      OrgChoices organisation,
      DecisionService decisions,
      FrameworkAccess frameworkAccess) {
    this.frameworkAccess = frameworkAccess;
    this.plans = plans;
    this.framework = framework;
    this.governance = governance;
    this.organisation = organisation;
    this.decisions = decisions;
  }

  /** The plans the reader may open: for a partner user, only their organisation's. */
  List<Choice> plans(Authentication reader) {
    List<Choice> choices = withBlank("Any plan");
    frameworkAccess
        .visiblePlans(reader, plans.all())
        .forEach(p -> choices.add(Choice.of(p.getId(), p.getTitle())));
    return choices;
  }

  List<Choice> priorities(Authentication reader) {
    List<Choice> choices = withBlank("Any priority");
    framework.all().stream()
        .filter(i -> i.getType() == ItemType.PRIORITY)
        .filter(i -> frameworkAccess.canReadItem(reader, i.getId()))
        .forEach(i -> choices.add(Choice.of(i.getId(), i.label())));
    return choices;
  }

  /** Everything in the thread an action could deliver. */
  List<Choice> items() {
    List<Choice> choices = withBlank("Not linked to the golden thread");
    framework.all().stream()
        .filter(i -> i.getType().inThread())
        .forEach(i -> choices.add(Choice.of(i.getId(), i.getType().label() + ": " + i.label())));
    return choices;
  }

  List<Choice> portfolios() {
    List<Choice> choices = withBlank("Any portfolio");
    governance.portfolios().forEach(p -> choices.add(Choice.of(p.getId(), p.getTitle())));
    return choices;
  }

  List<Choice> units(String blank) {
    return organisation.units(blank);
  }

  List<Choice> people(String blank) {
    return organisation.people(blank, null);
  }

  public List<Choice> bodies(String blank) {
    List<Choice> choices = withBlank(blank);
    governance.bodies().forEach(b -> choices.add(Choice.of(b.getId(), b.getName())));
    return choices;
  }

  List<Choice> decisions() {
    List<Choice> choices = withBlank("Not arising from a decision");
    decisions
        .all()
        .forEach(d -> choices.add(Choice.of(d.getId(), d.getBody().getName() + ", " + d.label())));
    return choices;
  }

  /** Milestones a new milestone of the action could wait on. */
  List<Choice> milestones(Action action) {
    List<Choice> choices = withBlank("Nothing");
    action.getMilestones().forEach(m -> choices.add(Choice.of(m.getId(), m.getTitle())));
    return choices;
  }

  List<Choice> kinds() {
    return Choice.of(ActionKind.class, ActionKind::label);
  }

  /** Statuses to choose in an update, with what each means. */
  public List<Choice> brag() {
    return Choice.of(Brag.class, b -> b.label() + " – " + b.meaning().toLowerCase());
  }

  List<Choice> statusFilter() {
    List<Choice> choices = withBlank("Any status");
    choices.addAll(Choice.of(Brag.class, Brag::label));
    choices.add(Choice.of(NOT_ASSESSED, "Not yet assessed"));
    return choices;
  }

  private static List<Choice> withBlank(String blank) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, blank));
    return choices;
  }
}
