package org.goldenthread.intervention.register;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.intervention.InterventionRegister;
import org.goldenthread.intervention.Ladders;
import org.goldenthread.intervention.Rule;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.shared.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The interventions register: staff and members (partner users have no access to it). */
@Controller
class InterventionRegisterController {

  private final InterventionRegister register;
  private final Ladders ladders;
  private final OrgUnitService units;

  InterventionRegisterController(
      InterventionRegister register, Ladders ladders, OrgUnitService units) {
    this.register = register;
    this.ladders = ladders;
    this.units = units;
  }

  @GetMapping("/interventions")
  String register(
      @RequestParam(required = false) InterventionRegister.Scope state,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) Long directorate,
      Model model) {
    InterventionRegister.Filter filter = new InterventionRegister.Filter(state, level, directorate);
    List<InterventionRegister.Entry> entries = register.list(filter);
    List<Rule> rules = ladders.current().rules();
    model.addAttribute("filter", filter);
    model.addAttribute("entries", entries);
    model.addAttribute("overdue", entries.stream().filter(e -> e.owed().overdue()).count());
    model.addAttribute("counts", register.openByLevel());
    model.addAttribute("rules", rules);
    model.addAttribute("states", states());
    model.addAttribute("levels", levels(rules));
    model.addAttribute("directorates", directorates());
    return "intervention/register";
  }

  private static List<Choice> states() {
    return List.of(
        Choice.of(InterventionRegister.Scope.OPEN, "Open"),
        Choice.of(InterventionRegister.Scope.CLOSED, "Closed"),
        Choice.of(InterventionRegister.Scope.ALL, "Open and closed"));
  }

  private static List<Choice> levels(List<Rule> rules) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Any level"));
    rules.forEach(r -> choices.add(Choice.of(r.level(), r.title())));
    return choices;
  }

  private List<Choice> directorates() {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Any directorate"));
    units.all().stream()
        .filter(u -> u.getType() == OrgUnitType.DIRECTORATE && u.isActive())
        .forEach(u -> choices.add(Choice.of(u.getId(), u.getName())));
    return choices;
  }
}
