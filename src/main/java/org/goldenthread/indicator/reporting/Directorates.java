package org.goldenthread.indicator.reporting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The council's directorates, and which directorate each unit sits in, read once per request. */
@Component
@Transactional(readOnly = true)
class Directorates {

  /** The directorates, and the directorate above (or being) each unit, by unit id. */
  record Structure(List<OrgUnit> directorates, Map<Long, OrgUnit> directorateOf) {

    OrgUnit of(Long unitId) {
      return unitId == null ? null : directorateOf.get(unitId);
    }
  }

  private final OrgUnitService units;

  Directorates(OrgUnitService units) {
    this.units = units;
  }

  Structure read() {
    List<OrgUnit> all = units.all();
    Map<Long, OrgUnit> of = new HashMap<>();
    for (OrgUnit unit : all) {
      for (OrgUnit up = unit; up != null; up = up.getParent()) {
        if (up.getType() == OrgUnitType.DIRECTORATE) {
          of.put(unit.getId(), up);
          break;
        }
      }
    }
    List<OrgUnit> directorates =
        all.stream()
            .filter(u -> u.getType() == OrgUnitType.DIRECTORATE)
            .sorted(Comparator.comparing(OrgUnit::getSortOrder).thenComparing(OrgUnit::getName))
            .toList();
    return new Structure(directorates, of);
  }

  /** The directorate and every unit beneath it. */
  Set<Long> within(long directorateId) {
    return units.unitIdsWithin(List.of(directorateId));
  }
}
