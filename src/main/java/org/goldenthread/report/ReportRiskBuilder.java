package org.goldenthread.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionStatusAt;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.period.Period;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.BaseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a report's risks as at the end of its period into plain values ({@link ReportRisks}), every
 * one described: a snapshot made from the report decides what its reader may have described.
 *
 * <p>In a report's risk sections: the risks of the registers its {@link RiskScope} names (for
 * LINKED, the risks linked to any indicator or action the report covers) that were opened by the
 * end of the period and were still open at the end of the quarter before it (a risk closed since
 * shows as closed in the movements). Beside each indicator and action: the risks linked to it that
 * were open at the end of the period.
 */
@Component
@Transactional(readOnly = true)
class ReportRiskBuilder {

  private final RiskService risks;
  private final RiskRegisters registers;
  private final RiskScoring scoring;
  private final ActionStatusAt statusAt;

  ReportRiskBuilder(
      RiskService risks, RiskRegisters registers, RiskScoring scoring, ActionStatusAt statusAt) {
    this.risks = risks;
    this.registers = registers;
    this.scoring = scoring;
    this.statusAt = statusAt;
  }

  ReportRisks build(
      ReportDefinition definition,
      Period period,
      Collection<Indicator> indicators,
      Collection<Action> actions) {
    LocalDate asAt = period.end();
    LocalDate before = RiskFacts.previousQuarterEnd(asAt);
    Set<Long> indicatorIds = ids(indicators);
    Set<Long> actionIds = ids(actions);
    List<Risk> linkedToIndicators = risks.linkedToIndicators(indicatorIds);
    List<Risk> linkedToActions = risks.linkedToActions(actionIds);

    RiskScope scope = definition.getRiskScope();
    List<Risk> inScope =
        switch (scope) {
          case NONE -> List.of();
          case LINKED -> {
            Map<Long, Risk> both = new LinkedHashMap<>();
            linkedToIndicators.forEach(r -> both.put(r.getId(), r));
            linkedToActions.forEach(r -> both.putIfAbsent(r.getId(), r));
            yield List.copyOf(both.values());
          }
          case CORPORATE ->
              risks.all().stream()
                  .filter(r -> r.getRegister().getLevel() == RiskLevel.CORPORATE)
                  .toList();
          case REGISTER -> risks.onRegister(definition.getRiskRegisterId());
          case ALL -> risks.all();
        };
    List<Risk> shown =
        inScope.stream()
            .filter(r -> !r.getOpenedOn().isAfter(asAt))
            .filter(r -> openOn(r, asAt) || r.getClosedOn().isAfter(before))
            .toList();
    Map<Long, ActionStatusAt.Standing> standings =
        statusAt.at(
            shown.stream().flatMap(r -> r.getActions().stream()).distinct().toList(), period);
    List<ReportRisks.RiskLine> lines = new ArrayList<>();
    for (Risk risk : shown) {
      lines.add(line(risk, scoring.facts(risk, asAt), openOn(risk, asAt), standings));
    }
    List<org.goldenthread.risk.RiskBands.Look> looks = new ArrayList<>();
    for (Band band : Band.values()) {
      looks.add(scoring.bands().look(band));
    }
    return new ReportRisks(
        scope == RiskScope.NONE ? null : covers(definition),
        asAt,
        before,
        looks,
        lines,
        related(linkedToIndicators, indicatorIds, asAt, true),
        related(linkedToActions, actionIds, asAt, false));
  }

  /** What the risk sections cover, in words. */
  String covers(ReportDefinition d) {
    return switch (d.getRiskScope()) {
      case NONE -> null;
      case REGISTER -> registers.get(d.getRiskRegisterId()).getName();
      default -> d.getRiskScope().label();
    };
  }

  private static boolean openOn(Risk risk, LocalDate day) {
    return !risk.getOpenedOn().isAfter(day) && (risk.isOpen() || risk.getClosedOn().isAfter(day));
  }

  private ReportRisks.RiskLine line(
      Risk risk, RiskFacts facts, boolean open, Map<Long, ActionStatusAt.Standing> standings) {
    RiskRegister register = risk.getRegister();
    return new ReportRisks.RiskLine(
        risk.getId(),
        risk.isConfidential(),
        true,
        risk.getCode(),
        risk.getTitle(),
        register.getName(),
        risk.getCategory().getName(),
        risk.getOwner().label(),
        facts.inherent(),
        facts.current(),
        facts.target(),
        scoring.bands().look(facts.band()),
        risk.getCategory().getAppetite(),
        facts.aboveAppetite(),
        facts.movement(),
        facts.previousScore(),
        facts.nextReview(),
        facts.overdue(),
        open,
        risk.getControls().stream()
            .map(
                c ->
                    new ReportRisks.Control(
                        c.getDescription(),
                        c.getOwner() == null ? null : c.getOwner().label(),
                        c.getEffectiveness()))
            .toList(),
        risk.getActions().stream()
            .sorted(java.util.Comparator.comparing(Action::getCode))
            .map(
                a -> {
                  ActionStatusAt.Standing s = standings.get(a.getId());
                  return new ReportRisks.Mitigation(
                      a.getId(),
                      a.getCode(),
                      a.getTitle(),
                      s == null ? null : s.status(),
                      s != null && s.overdue(),
                      a.getDueDate(),
                      s == null ? null : s.percentComplete());
                })
            .toList());
  }

  /** For each indicator (or action) of the report, the open risks linked to it. */
  private Map<Long, List<ReportRisks.RelatedRisk>> related(
      List<Risk> linked, Set<Long> ids, LocalDate asAt, boolean indicators) {
    Map<Long, List<ReportRisks.RelatedRisk>> byId = new HashMap<>();
    for (Risk risk : linked) {
      if (!openOn(risk, asAt)) {
        continue;
      }
      RiskFacts facts = scoring.facts(risk, asAt);
      ReportRisks.RelatedRisk related =
          new ReportRisks.RelatedRisk(
              risk.getId(),
              risk.isConfidential(),
              true,
              risk.getCode(),
              risk.getTitle(),
              facts.current().value(),
              scoring.bands().look(facts.band()));
      Collection<? extends BaseEntity> to = indicators ? risk.getIndicators() : risk.getActions();
      for (BaseEntity linkedTo : to) {
        if (ids.contains(linkedTo.getId())) {
          byId.computeIfAbsent(linkedTo.getId(), k -> new ArrayList<>()).add(related);
        }
      }
    }
    Map<Long, List<ReportRisks.RelatedRisk>> sorted = new LinkedHashMap<>();
    byId.keySet().stream()
        .sorted()
        .forEach(
            id -> sorted.put(id, byId.get(id).stream().sorted(ReportRisks.RELATED_ORDER).toList()));
    return sorted;
  }

  private static Set<Long> ids(Collection<? extends BaseEntity> all) {
    Set<Long> ids = new LinkedHashSet<>();
    all.forEach(e -> ids.add(e.getId()));
    return ids;
  }
}
