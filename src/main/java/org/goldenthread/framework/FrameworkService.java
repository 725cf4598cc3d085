package org.goldenthread.framework;

import static org.goldenthread.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Framework items and the links of the golden thread between them. */
@Service
@Transactional
public class FrameworkService {

  private final FrameworkItemRepository items;
  private final PlanRepository plans;
  private final PersonService people;
  private final GovernanceService governance;

  FrameworkService(
      FrameworkItemRepository items,
      PlanRepository plans,
      PersonService people,
      GovernanceService governance) {
    this.items = items;
    this.plans = plans;
    this.people = people;
    this.governance = governance;
  }

  @Transactional(readOnly = true)
  public FrameworkItem get(long id) {
    return items.findById(id).orElseThrow(() -> new RecordNotFoundException("Framework item", id));
  }

  @Transactional(readOnly = true)
  public List<FrameworkItem> all() {
    return items.findAllInOrder();
  }

  /** The items a person is responsible or accountable for. */
  @Transactional(readOnly = true)
  public List<FrameworkItem> ofPerson(long personId) {
    return items.findByPerson(personId);
  }

  @Transactional(readOnly = true)
  public List<FrameworkItem> inPlan(Plan plan) {
    return items.findByPlan(plan);
  }

  /** Top to bottom (vision, themes, aims, priorities, then the rest), values last. */
  private static final Comparator<FrameworkItem> BY_LEVEL =
      Comparator.comparingInt(
              (FrameworkItem i) -> i.getType().inThread() ? i.getType().level() : Integer.MAX_VALUE)
          .thenComparingInt(FrameworkItem::getSortOrder)
          .thenComparing(FrameworkItem::getCode);

  /**
   * A plan's items as the plan reads: the vision, then themes, aims, priorities, objectives and
   * outcomes, each level in its own order; values last.
   */
  @Transactional(readOnly = true)
  public List<FrameworkItem> inPlanByLevel(Plan plan) {
    return items.findByPlan(plan).stream().sorted(BY_LEVEL).toList();
  }

  /** The whole thread, read once, for views and checks that walk it. */
  @Transactional(readOnly = true)
  public ThreadGraph graph() {
    List<ThreadGraph.Node> nodes = new ArrayList<>();
    for (Object[] row : items.findNodes()) {
      nodes.add(
          new ThreadGraph.Node(
              (Long) row[0],
              (String) row[1],
              (String) row[2],
              (ItemType) row[3],
              (Long) row[4],
              (Integer) row[5]));
    }
    List<ThreadGraph.Link> links = new ArrayList<>();
    for (Object[] row : items.findLinks()) {
      links.add(new ThreadGraph.Link((Long) row[0], (Long) row[1]));
    }
    return new ThreadGraph(nodes, links);
  }

  public FrameworkItem create(ItemForm form) {
    requireUniqueCode(form.code(), null);
    FrameworkItem item =
        new FrameworkItem(form.code().trim(), form.title().trim(), form.type(), plan(form));
    apply(item, form);
    if (form.parentId() != null) {
      item.contributeTo(parent(form.parentId()));
    }
    return items.save(item);
  }

  public FrameworkItem update(long id, ItemForm form) {
    FrameworkItem item = get(id);
    Versioned.check("item", item.getVersion(), form.version());
    requireUniqueCode(form.code(), item);
    Plan plan = plan(form);
    if (item.getPlan() == null ? plan != null : !item.getPlan().equals(plan)) {
      item.moveToPlan(plan);
    }
    apply(item, form);
    return item;
  }

  private void apply(FrameworkItem item, ItemForm form) {
    item.describe(
        form.code().trim(), form.title().trim(), form.type(), blankToNull(form.description()));
    item.assign(
        person(form.responsibleId(), "responsibleId"),
        person(form.accountableId(), "accountableId"),
        body(form.accountableBodyId()));
    item.setSortOrder(form.order());
  }

  /** Removes an item nothing else contributes to; its own links go with it. */
  public void delete(long id) {
    FrameworkItem item = get(id);
    List<FrameworkItem> contributors = items.findContributorsTo(item);
    if (!contributors.isEmpty()) {
      throw new RuleViolationException(
          null,
          contributors.size()
              + (contributors.size() == 1 ? " item contributes" : " items contribute")
              + " to "
              + item.label()
              + ". Link them to something else before deleting it.");
    }
    item.getContributesTo().forEach(item::stopContributingTo);
    items.delete(item);
  }

  public FrameworkItem link(long id, long parentId) {
    FrameworkItem item = get(id);
    item.contributeTo(parent(parentId));
    return item;
  }

  public FrameworkItem unlink(long id, long parentId) {
    FrameworkItem item = get(id);
    item.stopContributingTo(get(parentId));
    return item;
  }

  /** Swaps an item with its neighbour in its plan's order; {@code step} is -1 (up) or +1 (down). */
  public void move(long id, int step) {
    FrameworkItem item = get(id);
    if (item.getPlan() == null) {
      return;
    }
    List<FrameworkItem> siblings = new ArrayList<>(inPlanByLevel(item.getPlan()));
    int from = siblings.indexOf(item);
    int to = from + Integer.signum(step);
    // An item moves among the items of its own level: an aim never goes above a theme.
    if (from < 0
        || to < 0
        || to >= siblings.size()
        || siblings.get(to).getType().level() != item.getType().level()) {
      return;
    }
    siblings.add(to, siblings.remove(from));
    for (int i = 0; i < siblings.size(); i++) {
      siblings.get(i).setSortOrder(i + 1);
    }
  }

  private FrameworkItem parent(long parentId) {
    return items
        .findById(parentId)
        .orElseThrow(() -> new RuleViolationException("parentId", "Choose an item from the list."));
  }

  private Plan plan(ItemForm form) {
    return form.planId() == null
        ? null
        : plans
            .findById(form.planId())
            .orElseThrow(
                () -> new RuleViolationException("planId", "Choose a plan from the list."));
  }

  private Person person(Long id, String field) {
    if (id == null) {
      return null;
    }
    try {
      return people.get(id);
    } catch (RecordNotFoundException e) {
      throw new RuleViolationException(field, "Choose a person from the list.");
    }
  }

  private Body body(Long id) {
    if (id == null) {
      return null;
    }
    try {
      return governance.body(id);
    } catch (RecordNotFoundException e) {
      throw new RuleViolationException("accountableBodyId", "Choose a body from the list.");
    }
  }

  private void requireUniqueCode(String code, FrameworkItem self) {
    items
        .findByCodeIgnoreCase(code.trim())
        .filter(other -> !other.equals(self))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  "code", "The code " + code.trim() + " is already used by " + other.label() + ".");
            });
  }
}
