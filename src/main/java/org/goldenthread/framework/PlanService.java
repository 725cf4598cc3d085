package org.goldenthread.framework;

import static org.goldenthread.shared.Text.blankToNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans: their details, their lifecycle, and the versions kept when they are approved. */
@Service
@Transactional
public class PlanService {

  private final PlanRepository plans;
  private final PlanApprovalRepository approvals;
  private final FrameworkItemRepository items;
  private final PersonService people;
  private final OrgUnitService units;
  private final GovernanceService governance;
  private final ObjectMapper json;
  private final DisplayFormats formats;
  private final Clock clock;

  PlanService(
      PlanRepository plans,
      PlanApprovalRepository approvals,
      FrameworkItemRepository items,
      PersonService people,
      OrgUnitService units,
      GovernanceService governance,
      ObjectMapper json,
      DisplayFormats formats,
      Clock clock) {
    this.plans = plans;
    this.approvals = approvals;
    this.items = items;
    this.people = people;
    this.units = units;
    this.governance = governance;
    this.json = json;
    this.formats = formats;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Plan get(long id) {
    return plans.findById(id).orElseThrow(() -> new RecordNotFoundException("Plan", id));
  }

  @Transactional(readOnly = true)
  public List<Plan> all() {
    return plans.findAllInOrder();
  }

  /** The plans a person owns, other than archived ones. */
  @Transactional(readOnly = true)
  public List<Plan> ownedBy(long personId) {
    return plans.findOwnedBy(personId);
  }

  public Plan create(PlanForm form) {
    requireUniqueCode(form.code(), null);
    Plan plan =
        new Plan(
            form.code().trim(),
            form.title().trim(),
            form.type(),
            form.periodStart(),
            form.periodEnd());
    apply(plan, form);
    return plans.save(plan);
  }

  public Plan update(long id, PlanForm form) {
    Plan plan = get(id);
    Versioned.check("plan", plan.getVersion(), form.version());
    requireUniqueCode(form.code(), plan);
    plan.setPeriod(form.periodStart(), form.periodEnd());
    apply(plan, form);
    return plan;
  }

  private void apply(Plan plan, PlanForm form) {
    plan.describe(
        form.code().trim(), form.title().trim(), form.type(), blankToNull(form.description()));
    plan.assign(
        form.ownerId() == null ? null : lookUp(() -> people.get(form.ownerId()), "ownerId"),
        form.orgUnitId() == null ? null : lookUp(() -> units.get(form.orgUnitId()), "orgUnitId"),
        form.approvingBodyId() == null
            ? null
            : lookUp(() -> governance.body(form.approvingBodyId()), "approvingBodyId"));
    plan.scheduleReviews(form.reviewFrequency(), form.nextReviewDate());
  }

  private static <T> T lookUp(java.util.function.Supplier<T> find, String field) {
    try {
      return find.get();
    } catch (RecordNotFoundException e) {
      throw new RuleViolationException(field, "Choose an option from the list.");
    }
  }

  public Plan submit(long id) {
    Plan plan = get(id);
    plan.submit();
    return plan;
  }

  public Plan returnToDraft(long id) {
    Plan plan = get(id);
    plan.returnToDraft();
    return plan;
  }

  /** Records the approving decision and keeps a copy of the plan as approved. */
  public PlanApproval approve(long id, ApprovalForm form, PersonRef recordedBy) {
    Plan plan = get(id);
    Body body = lookUp(() -> governance.body(form.approvingBodyId()), "approvingBodyId");
    if (form.approvedOn().isAfter(LocalDate.now(clock))) {
      throw new RuleViolationException(
          "approvedOn", "The date of the decision must be today or in the past");
    }
    plan.approve(form.approvedOn());
    int number =
        approvals.findByPlanOrderByNumberDesc(plan).stream()
            .findFirst()
            .map(a -> a.getNumber() + 1)
            .orElse(1);
    return approvals.save(
        new PlanApproval(
            plan,
            number,
            clock.instant(),
            form.approvedOn(),
            recordedBy,
            body,
            blankToNull(form.decisionReference()),
            write(snapshotOf(plan))));
  }

  public Plan activate(long id) {
    Plan plan = get(id);
    plan.activate();
    return plan;
  }

  public Plan revise(long id) {
    Plan plan = get(id);
    plan.revise();
    return plan;
  }

  public Plan archive(long id) {
    Plan plan = get(id);
    plan.archive();
    return plan;
  }

  @Transactional(readOnly = true)
  public List<PlanApproval> approvalsOf(Plan plan) {
    return approvals.findByPlanOrderByNumberDesc(plan);
  }

  @Transactional(readOnly = true)
  public PlanApproval approval(Plan plan, int number) {
    return approvals
        .findByPlanAndNumber(plan, number)
        .orElseThrow(() -> new RecordNotFoundException("Plan version", number));
  }

  /** The plan's content as approved in that version. */
  @Transactional(readOnly = true)
  public PlanSnapshot content(PlanApproval approval) {
    try {
      return json.readValue(approval.getSnapshot(), PlanSnapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Approved version " + approval.getId() + " is unreadable", e);
    }
  }

  /** What has changed since the plan was last approved; empty if it never has been. */
  @Transactional(readOnly = true)
  public Optional<PlanSnapshot.Changes> changesSinceApproval(Plan plan) {
    return approvals.findByPlanOrderByNumberDesc(plan).stream()
        .findFirst()
        .map(latest -> content(latest).changesTo(snapshotOf(plan)));
  }

  @Transactional(readOnly = true)
  public PlanSnapshot snapshotOf(Plan plan) {
    List<PlanSnapshot.Item> content =
        items.findByPlan(plan).stream()
            .map(
                i ->
                    new PlanSnapshot.Item(
                        i.getCode(),
                        i.getType().label(),
                        i.getTitle(),
                        i.getDescription(),
                        name(i.getResponsible()),
                        i.getAccountable() != null
                            ? name(i.getAccountable())
                            : i.getAccountableBody() == null
                                ? null
                                : i.getAccountableBody().getName(),
                        String.join(
                            ", ",
                            i.getContributesTo().stream().map(FrameworkItem::getCode).toList())))
            .toList();
    OrgUnit unit = plan.getOrgUnit();
    return new PlanSnapshot(
        plan.getCode(),
        plan.getTitle(),
        plan.getType().label(),
        plan.getDescription(),
        formats.date(plan.getPeriodStart()) + " to " + formats.date(plan.getPeriodEnd()),
        name(plan.getOwner()),
        unit == null ? null : unit.getName(),
        plan.getApprovingBody() == null ? null : plan.getApprovingBody().getName(),
        plan.getReviewFrequency().label(),
        content);
  }

  private static String name(Person person) {
    return person == null ? null : person.getFullName();
  }

  private String write(PlanSnapshot snapshot) {
    try {
      return json.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not record the approved version", e);
    }
  }

  private void requireUniqueCode(String code, Plan self) {
    plans
        .findByCodeIgnoreCase(code.trim())
        .filter(other -> !other.equals(self))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  "code",
                  "The code " + code.trim() + " is already used by " + other.getTitle() + ".");
            });
  }
}
