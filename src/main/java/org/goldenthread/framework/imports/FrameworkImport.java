package org.goldenthread.framework.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkItemRepository;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanRepository;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.spreadsheet.AllOrNothing;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.RowProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports framework items from a CSV file or Excel workbook, all or nothing: every row is checked
 * first, and the items and their links are created in one transaction only if none has a problem.
 */
@Service
@Transactional
class FrameworkImport {

  /** What became of an import: the items created, or the problems that stopped it. */
  record Outcome(List<FrameworkItem> created, List<Problem> problems) {

    static Outcome refused(String message) {
      return new Outcome(List.of(), List.of(Problem.inFile(message)));
    }

    boolean succeeded() {
      return problems.isEmpty();
    }
  }

  private final FrameworkItemRepository items;
  private final PlanRepository plans;
  private final PersonService people;

  FrameworkImport(FrameworkItemRepository items, PlanRepository plans, PersonService people) {
    this.items = items;
    this.plans = plans;
    this.people = people;
  }

  /** Imports the file's items into the plan ({@code null} for none). */
  public Outcome run(byte[] content, Long planId) {
    Plan plan = planId == null ? null : plans.findById(planId).orElse(null);
    if (planId != null && plan == null) {
      return Outcome.refused("Choose a plan from the list, or no plan.");
    }
    ImportCheck.Target target =
        plan == null ? null : new ImportCheck.Target(plan.getTitle(), plan.getStatus());
    return AllOrNothing.run(
        FrameworkColumns.LAYOUT,
        content,
        RowProgress.NONE,
        table -> check().check(table, target),
        checked -> new Outcome(create(checked.items(), plan), List.of()),
        problems -> new Outcome(List.of(), problems));
  }

  private ImportCheck check() {
    List<ImportCheck.ExistingItem> existing = new ArrayList<>();
    for (Object[] node : items.findNodes()) {
      existing.add(
          new ImportCheck.ExistingItem((String) node[1], (String) node[2], (ItemType) node[3]));
    }
    List<PersonFinder.KnownPerson> known =
        people.search(null, null).stream()
            .map(p -> new PersonFinder.KnownPerson(p.getId(), p.getFullName(), p.getEmail()))
            .toList();
    return new ImportCheck(existing, new PersonFinder(known));
  }

  /** Creates every item, then links each to its parents, now that all of them exist. */
  private List<FrameworkItem> create(List<ImportCheck.NewItem> rows, Plan plan) {
    Map<String, FrameworkItem> created = new HashMap<>();
    Map<Long, Person> persons = new HashMap<>();
    List<FrameworkItem> result = new ArrayList<>();
    for (ImportCheck.NewItem row : rows) {
      FrameworkItem item = new FrameworkItem(row.code(), row.title(), row.type(), plan);
      item.describe(row.code(), row.title(), row.type(), row.description());
      item.assign(person(row.responsibleId(), persons), person(row.accountableId(), persons), null);
      item.setSortOrder(row.order());
      created.put(row.key(), items.save(item));
      result.add(item);
    }
    for (ImportCheck.NewItem row : rows) {
      FrameworkItem item = created.get(row.key());
      for (String code : row.parentCodes()) {
        FrameworkItem parent = created.get(ImportCheck.key(code));
        item.contributeTo(parent != null ? parent : items.findByCodeIgnoreCase(code).orElseThrow());
      }
    }
    return result;
  }

  private Person person(Long id, Map<Long, Person> cache) {
    return id == null ? null : cache.computeIfAbsent(id, people::get);
  }
}
