package org.goldenthread.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.framework.ApprovalForm;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemForm;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanForm;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.PersonRef;

/**
 * Writes the demo council's plans and items through the framework services, as a performance
 * officer would enter them, so that approvals keep their approved versions like any other.
 */
final class DemoThreadWriter {

  /** Who records the approvals: the Performance and Improvement Manager, as clerk to the plans. */
  private static final String RECORDED_BY = "perf";

  private final PlanService plans;
  private final FrameworkService framework;
  private final Map<String, Person> people;
  private final Map<String, OrgUnit> units;
  private final Map<String, Body> bodies;
  private final Map<String, FrameworkItem> items = new HashMap<>();

  DemoThreadWriter(
      PlanService plans,
      FrameworkService framework,
      Map<String, Person> people,
      Map<String, OrgUnit> units,
      Map<String, Body> bodies) {
    this.plans = plans;
    this.framework = framework;
    this.people = people;
    this.units = units;
    this.bodies = bodies;
  }

  /** Creates a plan running from the start of one financial year to the end of another. */
  Plan plan(
      String code,
      String title,
      PlanType type,
      String description,
      DemoYear from,
      DemoYear to,
      Person owner,
      String unitCode,
      String bodyName,
      ReviewFrequency reviews,
      LocalDate nextReview) {
    return plans.create(
        new PlanForm(
            code,
            title,
            type,
            description,
            from.start(),
            to.end(),
            owner.getId(),
            unit(unitCode).getId(),
            body(bodyName),
            reviews,
            nextReview,
            null));
  }

  /** Adds the items in the table to the plan, in order, each linked to what it contributes to. */
  void items(Plan plan, ItemType type, String table) {
    items(plan, type, DemoItem.parse(table));
  }

  void items(Plan plan, ItemType type, List<DemoItem> rows) {
    int order = 0;
    for (DemoItem row : rows) {
      List<FrameworkItem> parents = row.parents().stream().map(this::item).toList();
      FrameworkItem item =
          framework.create(
              new ItemForm(
                  row.code(),
                  row.title(),
                  type,
                  row.description(),
                  plan.getId(),
                  person(row.responsible()).getId(),
                  person(row.accountable()).getId(),
                  null,
                  String.valueOf(++order),
                  parents.isEmpty() ? null : parents.get(0).getId(),
                  null));
      parents.stream().skip(1).forEach(parent -> framework.link(item.getId(), parent.getId()));
      items.put(row.code(), item);
    }
  }

  /** Submits the plan and records the body's decision, keeping the approved version. */
  void approve(Plan plan, String bodyName, LocalDate decidedOn, String minute) {
    plans.submit(plan.getId());
    plans.approve(plan.getId(), new ApprovalForm(body(bodyName), decidedOn, minute), recordedBy());
  }

  private PersonRef recordedBy() {
    Person clerk = person(RECORDED_BY);
    return PersonRef.person(clerk.getId(), clerk.getFullName());
  }

  void approveAndActivate(Plan plan, String bodyName, LocalDate decidedOn, String minute) {
    approve(plan, bodyName, decidedOn, minute);
    plans.activate(plan.getId());
  }

  void submit(Plan plan) {
    plans.submit(plan.getId());
  }

  Person person(String key) {
    return require(people.get(key), "person", key);
  }

  OrgUnit unit(String code) {
    return require(units.get(code), "org unit", code);
  }

  Long body(String name) {
    return require(bodies.get(name), "body", name).getId();
  }

  private FrameworkItem item(String code) {
    return require(items.get(code), "framework item", code);
  }

  /** A minute reference such as "Minute 87/26": the number, then the year of the meeting. */
  static String minute(String prefix, int number, LocalDate meeting) {
    return String.format("%s %d/%02d", prefix, number, meeting.getYear() % 100);
  }

  private static <T> T require(T found, String what, String key) {
    if (found == null) {
      throw new IllegalStateException(
          "The demo refers to a " + what + " it has not loaded: " + key);
    }
    return found;
  }
}
