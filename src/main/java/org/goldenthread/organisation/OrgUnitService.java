package org.goldenthread.organisation;

import static org.goldenthread.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's structure: the tree of units, and changes to it. */
@Service
@Transactional
public class OrgUnitService {

  private final OrgUnitRepository units;
  private final PersonRepository people;

  OrgUnitService(OrgUnitRepository units, PersonRepository people) {
    this.units = units;
    this.people = people;
  }

  @Transactional(readOnly = true)
  public List<OrgNode> tree() {
    List<OrgUnit> all = units.findAllWithHeads();
    Map<Long, List<OrgUnit>> byParent = new LinkedHashMap<>();
    List<OrgUnit> roots = new ArrayList<>();
    for (OrgUnit unit : all) {
      if (unit.getParent() == null) {
        roots.add(unit);
      } else {
        byParent.computeIfAbsent(unit.getParent().getId(), k -> new ArrayList<>()).add(unit);
      }
    }
    return roots.stream().map(root -> node(root, byParent)).toList();
  }

  private OrgNode node(OrgUnit unit, Map<Long, List<OrgUnit>> byParent) {
    List<OrgNode> children =
        byParent.getOrDefault(unit.getId(), List.of()).stream()
            .map(child -> node(child, byParent))
            .toList();
    return new OrgNode(unit, children);
  }

  @Transactional(readOnly = true)
  public OrgUnit get(long id) {
    return units.findById(id).orElseThrow(() -> new RecordNotFoundException("Org unit", id));
  }

  @Transactional(readOnly = true)
  public List<OrgUnit> all() {
    return units.findAllWithHeads();
  }

  @Transactional(readOnly = true)
  public List<OrgUnit> childrenOf(OrgUnit unit) {
    return units.findByParentOrderBySortOrderAscNameAsc(unit);
  }

  public OrgUnit create(OrgUnitForm form) {
    requireUniqueCode(form.code(), null);
    OrgUnit unit = new OrgUnit(form.name().trim(), form.code().trim(), form.type(), parentOf(form));
    apply(unit, form);
    return units.save(unit);
  }

  public OrgUnit update(long id, OrgUnitForm form) {
    OrgUnit unit = get(id);
    Versioned.check("unit", unit.getVersion(), form.version());
    if (form.type() != unit.getType()) {
      throw new RuleViolationException("type", "A unit's type cannot be changed once created.");
    }
    requireUniqueCode(form.code(), unit);
    OrgUnit newParent = parentOf(form);
    if (unit.getParent() == null ? newParent != null : !unit.getParent().equals(newParent)) {
      unit.moveTo(newParent);
    }
    apply(unit, form);
    return unit;
  }

  private void apply(OrgUnit unit, OrgUnitForm form) {
    unit.rename(form.name().trim(), form.code().trim(), blankToNull(form.description()));
    unit.setHead(
        form.headId() == null
            ? null
            : people
                .findById(form.headId())
                .orElseThrow(
                    () -> new RuleViolationException("headId", "Choose a head from the list.")));
    unit.setSortOrder(form.order());
    unit.setActive(form.active() == null || form.active());
  }

  private OrgUnit parentOf(OrgUnitForm form) {
    if (form.parentId() == null) {
      return null;
    }
    return units
        .findById(form.parentId())
        .orElseThrow(() -> new RuleViolationException("parentId", "Choose a unit from the list."));
  }

  private void requireUniqueCode(String code, OrgUnit self) {
    units
        .findByCodeIgnoreCase(code.trim())
        .filter(other -> !other.equals(self))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  "code",
                  "The code " + code.trim() + " is already used by " + other.getName() + ".");
            });
  }

  /** The given units and every unit beneath them. */
  @Transactional(readOnly = true)
  public Set<Long> unitIdsWithin(Collection<Long> rootIds) {
    Set<Long> result = new HashSet<>(rootIds);
    List<OrgUnit> all = units.findAll();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (OrgUnit unit : all) {
        if (unit.getParent() != null
            && result.contains(unit.getParent().getId())
            && result.add(unit.getId())) {
          grew = true;
        }
      }
    }
    return result;
  }

  /** The units a person heads, and everything beneath them: where a manager or director leads. */
  @Transactional(readOnly = true)
  public Set<Long> unitIdsLedBy(long personId) {
    List<Long> headed =
        people.findById(personId).map(units::findByHead).orElse(List.of()).stream()
            .map(OrgUnit::getId)
            .toList();
    return headed.isEmpty() ? Set.of() : unitIdsWithin(headed);
  }
}
