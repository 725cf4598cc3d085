package org.goldenthread.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's numbers: the values waiting for their verification, their units' returns in the open
 * periods (how many late, unit by unit), and their team's returns, person by person.
 */
@Component
@Transactional(readOnly = true)
class TeamNumbers {

  /** One unit's returns; {@code directorateId} is where its late returns are listed. */
  public record UnitLine(OrgUnit unit, Long directorateId, Tally tally) {}

  /** One member of the team and the returns they are responsible for. */
  public record PersonLine(Person person, Tally tally) {}

  /** The numbers; lines only for units and people with returns due. */
  public record Team(
      int toVerify,
      List<UnitLine> units,
      Tally unitsTally,
      List<PersonLine> team,
      Tally teamTally) {

    public boolean isEmpty() {
      return toVerify == 0 && units.isEmpty() && team.isEmpty();
    }
  }

  private final DataEntry entry;
  private final IndicatorAccess access;
  private final OrgUnitService units;

  TeamNumbers(DataEntry entry, IndicatorAccess access, OrgUnitService units) {
    this.entry = entry;
    this.access = access;
    this.units = units;
  }

  Team of(
      Authentication authentication, List<OrgUnit> led, List<Person> team, OpenReturns.Open open) {
    int toVerify =
        (int)
            entry.awaitingVerification().stream()
                .filter(v -> access.canVerify(authentication, v.getIndicator()))
                .count();
    List<Return> due = open.returns();
    List<UnitLine> unitLines = unitLines(led, due);
    List<PersonLine> personLines = new ArrayList<>();
    for (Person p : team) {
      List<Return> theirs =
          due.stream().filter(r -> Objects.equals(r.responsibleId(), p.getId())).toList();
      if (!theirs.isEmpty()) {
        personLines.add(new PersonLine(p, Tally.of(theirs)));
      }
    }
    return new Team(
        toVerify,
        unitLines,
        unitLines.stream().map(UnitLine::tally).reduce(Tally.NONE, Tally::plus),
        personLines,
        personLines.stream().map(PersonLine::tally).reduce(Tally.NONE, Tally::plus));
  }

  /**
   * A line for each unit the person leads or that sits beneath one they lead, counting the returns
   * of that unit's own indicators; those with the most late first.
   */
  private List<UnitLine> unitLines(List<OrgUnit> led, List<Return> due) {
    if (led.isEmpty()) {
      return List.of();
    }
    Set<Long> within = units.unitIdsWithin(led.stream().map(OrgUnit::getId).toList());
    Map<Long, List<Return>> byUnit = new LinkedHashMap<>();
    for (Return r : due) {
      if (r.orgUnitId() != null && within.contains(r.orgUnitId())) {
        byUnit.computeIfAbsent(r.orgUnitId(), k -> new ArrayList<>()).add(r);
      }
    }
    List<OrgUnit> all = units.all();
    Map<Long, OrgUnit> directorates = OpenReturns.directorates(all);
    List<UnitLine> lines = new ArrayList<>();
    for (OrgUnit unit : all) {
      List<Return> theirs = byUnit.get(unit.getId());
      if (theirs != null) {
        OrgUnit directorate = directorates.get(unit.getId());
        lines.add(
            new UnitLine(unit, directorate == null ? null : directorate.getId(), Tally.of(theirs)));
      }
    }
    lines.sort(
        Comparator.comparing((UnitLine l) -> -l.tally().late())
            .thenComparing(l -> -l.tally().owed())
            .thenComparing(l -> l.unit().getName()));
    return lines;
  }
}
