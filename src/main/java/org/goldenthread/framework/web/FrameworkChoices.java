package org.goldenthread.framework.web;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.PlanService;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Choice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists that plan and item forms choose from. */
@Component
@Transactional(readOnly = true)
class FrameworkChoices {

  private final PlanService plans;
  private final FrameworkService items;
  private final OrgChoices organisation;
  private final GovernanceService governance;

  FrameworkChoices(
      PlanService plans,
      FrameworkService items,
      OrgChoices organisation,
      GovernanceService governance) {
    this.plans = plans;
    this.items = items;
    this.organisation = organisation;
    this.governance = governance;
  }

  List<Choice> plans(String blank) {
    List<Choice> choices = withBlank(blank);
    plans.all().forEach(p -> choices.add(Choice.of(p.getId(), p.getTitle())));
    return choices;
  }

  /** Items an item of this type could contribute to, excluding itself. */
  List<Choice> parentsFor(ItemType type, Long excludeId, String blank) {
    List<Choice> choices = withBlank(blank);
    items.all().stream()
        .filter(i -> type == null ? i.getType().inThread() : type.canContributeTo(i.getType()))
        .filter(i -> !i.getId().equals(excludeId))
        .forEach(i -> choices.add(Choice.of(i.getId(), i.getType().label() + ": " + i.label())));
    return choices;
  }

  List<Choice> people(String blank) {
    return organisation.people(blank, null);
  }

  List<Choice> bodies(String blank) {
    List<Choice> choices = withBlank(blank);
    governance.bodies().forEach(b -> choices.add(Choice.of(b.getId(), b.getName())));
    return choices;
  }

  List<Choice> units(String blank) {
    return organisation.units(blank);
  }

  private static List<Choice> withBlank(String blank) {
    List<Choice> choices = new ArrayList<>();
    if (blank != null) {
      choices.add(Choice.of(null, blank));
    }
    return choices;
  }
}
