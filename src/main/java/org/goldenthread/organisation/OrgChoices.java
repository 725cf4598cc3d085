package org.goldenthread.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Choice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists that organisation forms choose from, labelled so a person can tell entries apart. */
@Component
@Transactional(readOnly = true)
public class OrgChoices {

  private final OrgUnitService units;
  private final PersonService people;
  private final GovernanceService governance;

  OrgChoices(OrgUnitService units, PersonService people, GovernanceService governance) {
    this.units = units;
    this.people = people;
    this.governance = governance;
  }

  /**
   * Units in tree order, each labelled with its path so that two "Business support" teams differ.
   */
  public List<Choice> units(String blankLabel) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, blankLabel));
    units.tree().forEach(node -> addUnits(node, "", choices));
    return choices;
  }

  private void addUnits(OrgNode node, String path, List<Choice> choices) {
    String label = path.isEmpty() ? node.unit().getName() : path + " › " + node.unit().getName();
    choices.add(Choice.of(node.unit().getId(), label));
    node.children().forEach(child -> addUnits(child, label, choices));
  }

  public List<Choice> services() {
    return units.all().stream()
        .filter(u -> u.getType() == OrgUnitType.SERVICE)
        .sorted(Comparator.comparing(OrgUnit::getName))
        .map(u -> Choice.of(u.getId(), u.getName()))
        .toList();
  }

  public List<Choice> people(String blankLabel, PersonType onlyType) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, blankLabel));
    people.search(null, onlyType).stream()
        .map(p -> Choice.of(p.getId(), p.getFullName() + describe(p)))
        .forEach(choices::add);
    return choices;
  }

  private static String describe(Person p) {
    if (p.getJobTitle() != null) {
      return " (" + p.getJobTitle() + ")";
    }
    return p.getType() == PersonType.COUNCILLOR ? " (Councillor)" : "";
  }

  public List<Choice> partners(String blankLabel) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, blankLabel));
    governance.partners().forEach(o -> choices.add(Choice.of(o.getId(), o.getName())));
    return choices;
  }
}
