package org.goldenthread.intervention.clinic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.intervention.Due;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRepository;
import org.goldenthread.intervention.InterventionRule;
import org.goldenthread.intervention.Ladders;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.springframework.stereotype.Component;

/**
 * The interventions a clinic must take: open ones whose level's rule is due "at the next clinic"
 * (level 4 in SPEC §8's ladder), in the clinic's scope, and not yet on the agenda of a clinic that
 * has been held since they reached that level (a held clinic took them at the level they stand at).
 */
@Component
class ClinicAgenda {

  private final InterventionRepository interventions;
  private final ClinicItemRepository items;
  private final Ladders ladders;
  private final OrgUnitService units;

  ClinicAgenda(
      InterventionRepository interventions,
      ClinicItemRepository items,
      Ladders ladders,
      OrgUnitService units) {
    this.interventions = interventions;
    this.items = items;
    this.ladders = ladders;
    this.units = units;
  }

  List<Intervention> due(Clinic clinic) {
    Set<Integer> atClinic = new HashSet<>();
    for (InterventionRule rule : ladders.rules()) {
      if (rule.getDueKind() == Due.Kind.NEXT_CLINIC) {
        atClinic.add(rule.getLevel());
      }
    }
    Set<String> taken = new HashSet<>();
    for (Object[] row : items.findHeldInterventionLevels()) {
      taken.add(row[0] + "@" + row[1]);
    }
    Set<Long> scope = scope(clinic.getOrgUnit());
    return interventions.findOpen().stream()
        .filter(i -> atClinic.contains(i.getLevel()))
        .filter(i -> !taken.contains(i.getId() + "@" + i.getLevel()))
        .filter(i -> inScope(scope, unitOf(i)))
        .toList();
  }

  /** The unit ids a clinic covers, or null for the whole council. */
  Set<Long> scope(OrgUnit unit) {
    return unit == null ? null : units.unitIdsWithin(List.of(unit.getId()));
  }

  static boolean inScope(Set<Long> scope, OrgUnit unit) {
    return scope == null || (unit != null && scope.contains(unit.getId()));
  }

  private static OrgUnit unitOf(Intervention intervention) {
    return intervention.getIndicator() != null
        ? intervention.getIndicator().getOrgUnit()
        : intervention.getAction().getOrgUnit();
  }
}
