package org.goldenthread.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Effectiveness;
import org.goldenthread.risk.RiskDescriptor;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.shared.Choice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists the risk forms and filters choose from, and what each score level means. */
@Component
@Transactional(readOnly = true)
class RiskChoices {

  /** What one area says an impact level means. */
  public record AreaText(String area, String description) {}

  /**
   * A likelihood or impact level as a radio shows it: "4 — Likely", with the likelihood's
   * description, or each impact area's.
   */
  public record Level(int level, String word, String description, List<AreaText> areas) {

    public String label() {
      return level + " — " + word;
    }
  }

  private final RiskRegisters registers;
  private final OrgChoices organisation;
  private final GovernanceService governance;
  private final FrameworkService framework;
  private final IndicatorService indicators;
  private final ActionService actions;

  RiskChoices(
      RiskRegisters registers,
      OrgChoices organisation,
      GovernanceService governance,
      FrameworkService framework,
      IndicatorService indicators,
      ActionService actions) {
    this.registers = registers;
    this.organisation = organisation;
    this.governance = governance;
    this.framework = framework;
    this.indicators = indicators;
    this.actions = actions;
  }

  List<Choice> registers(String blank) {
    List<Choice> choices = withBlank(blank);
    registers.all().forEach(r -> choices.add(Choice.of(r.getId(), registerLabel(r))));
    return choices;
  }

  /** Every register but the risk's own, to move it to. */
  List<Choice> otherRegisters(RiskRegister own) {
    List<Choice> choices = withBlank("Choose a register");
    registers.all().stream()
        .filter(r -> !r.equals(own))
        .forEach(
            r ->
                choices.add(
                    Choice.of(
                        r.getId(),
                        registerLabel(r)
                            + (r.getLevel().isAbove(own.getLevel())
                                ? " (escalate)"
                                : " (de-escalate)"))));
    return choices;
  }

  static String registerLabel(RiskRegister r) {
    return r.getName() + " — " + r.getLevel().label();
  }

  List<Choice> categories(String blank) {
    List<Choice> choices = withBlank(blank);
    registers
        .categories()
        .forEach(
            c ->
                choices.add(
                    Choice.of(
                        c.getId(),
                        c.getName()
                            + (c.getAppetite() == null
                                ? ""
                                : " (appetite " + c.getAppetite() + ")"))));
    return choices;
  }

  List<Choice> bands() {
    List<Choice> choices = withBlank("Any band");
    choices.addAll(
        Choice.of(Band.class, b -> b.name().charAt(0) + b.name().substring(1).toLowerCase()));
    return choices;
  }

  List<Choice> people(String blank) {
    return organisation.people(blank, null);
  }

  /** People to tick, without the blank choice. */
  List<Choice> everyone() {
    List<Choice> people = new ArrayList<>(organisation.people("", null));
    people.remove(0);
    return people;
  }

  List<Choice> bodies(String blank) {
    List<Choice> choices = withBlank(blank);
    governance.bodies().forEach(b -> choices.add(Choice.of(b.getId(), b.getName())));
    return choices;
  }

  List<Choice> items() {
    return framework.all().stream()
        .filter(i -> i.getType().inThread())
        .map(i -> Choice.of(i.getId(), i.getType().label() + ": " + i.label()))
        .toList();
  }

  List<Choice> indicators() {
    return indicators.all().stream().map(i -> Choice.of(i.getId(), i.label())).toList();
  }

  List<Choice> actions() {
    return actions.all().stream().map(a -> Choice.of(a.getId(), a.label())).toList();
  }

  List<Choice> frequencies() {
    return Choice.of(ReviewFrequency.class, ReviewFrequency::label);
  }

  List<Choice> effectiveness() {
    List<Choice> choices = withBlank("Choose how effective it is");
    choices.addAll(Choice.of(Effectiveness.class, Effectiveness::label));
    return choices;
  }

  /** The likelihood levels, 1 to 5, with what each means. */
  List<Level> likelihood() {
    return levels(RiskDescriptor.Scale.LIKELIHOOD);
  }

  /** The impact levels, 1 to 5, with what each means in every impact area. */
  List<Level> impact() {
    return levels(RiskDescriptor.Scale.IMPACT);
  }

  private List<Level> levels(RiskDescriptor.Scale scale) {
    Map<Integer, List<RiskDescriptor>> byLevel = new TreeMap<>();
    for (int level = 1; level <= 5; level++) {
      byLevel.put(level, new ArrayList<>());
    }
    registers.descriptors().stream()
        .filter(d -> d.getScale() == scale)
        .forEach(d -> byLevel.computeIfAbsent(d.getLevel(), l -> new ArrayList<>()).add(d));
    List<Level> levels = new ArrayList<>();
    byLevel.forEach(
        (level, found) -> {
          String word = found.isEmpty() ? String.valueOf(level) : found.get(0).getWord();
          if (scale == RiskDescriptor.Scale.LIKELIHOOD) {
            levels.add(
                new Level(
                    level,
                    word,
                    found.isEmpty() ? null : found.get(0).getDescription(),
                    List.of()));
          } else {
            levels.add(
                new Level(
                    level,
                    word,
                    null,
                    found.stream()
                        .map(d -> new AreaText(d.getArea(), d.getDescription()))
                        .toList()));
          }
        });
    return levels;
  }

  /** A level's word, for "4 — Likely" on the risk page. */
  static String said(List<Level> levels, int level) {
    return levels.stream()
        .filter(l -> l.level() == level)
        .findFirst()
        .map(Level::label)
        .orElse(String.valueOf(level));
  }

  private static List<Choice> withBlank(String blank) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, blank));
    return choices;
  }
}
