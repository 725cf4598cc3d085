package org.goldenthread.action;

import static org.goldenthread.shared.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import org.goldenthread.action.decision.Decision;
import org.goldenthread.action.decision.DecisionRepository;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actions and projects, and their milestones (SPEC §5). */
@Service
@Transactional
public class ActionService {

  private final ActionRepository actions;
  private final DecisionRepository decisions;
  private final FrameworkService framework;
  private final PersonService people;
  private final OrgUnitService units;
  private final Clock clock;

  ActionService(
      ActionRepository actions,
      DecisionRepository decisions,
      FrameworkService framework,
      PersonService people,
      OrgUnitService units,
      Clock clock) {
    this.actions = actions;
    this.decisions = decisions;
    this.framework = framework;
    this.people = people;
    this.units = units;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Action get(long id) {
    return actions.findById(id).orElseThrow(() -> new RecordNotFoundException("Action", id));
  }

  @Transactional(readOnly = true)
  public Action byCode(String code) {
    return actions
        .findByCodeIgnoreCase(code)
        .orElseThrow(() -> new RecordNotFoundException("Action", code));
  }

  @Transactional(readOnly = true)
  public List<Action> all() {
    return actions.findAllInOrder();
  }

  /** The actions a person leads or answers for. */
  @Transactional(readOnly = true)
  public List<Action> ofPerson(long personId) {
    return actions.findByPerson(personId);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Action create(ActionForm form) {
    refuseTakenCode(form.code(), null);
    Action action =
        new Action(form.code(), form.title(), lead(form.leadOfficerId()), form.dueDate());
    apply(action, form);
    return actions.save(action);
  }

  public Action update(long id, ActionForm form) {
    Action action = get(id);
    Versioned.check("action", action.getVersion(), form.version());
    refuseTakenCode(form.code(), action);
    apply(action, form);
    return action;
  }

  private void apply(Action action, ActionForm form) {
    action.describe(form.code(), form.title(), blankToNull(form.description()), form.kind());
    Person lead = lead(form.leadOfficerId());
    OrgUnit unit =
        form.orgUnitId() == null
            ? lead.getOrgUnit()
            : find(form.orgUnitId(), units::get, "orgUnitId", "a directorate or service");
    action.assign(
        lead,
        form.accountableId() == null
            ? null
            : find(form.accountableId(), people::get, "accountableId", "a person"),
        unit);
    FrameworkItem item =
        form.frameworkItemId() == null
            ? null
            : find(form.frameworkItemId(), framework::get, "frameworkItemId", "an item");
    Decision decision =
        form.decisionId() == null
            ? null
            : find(
                form.decisionId(),
                id -> decisions.findById(id).orElseThrow(),
                "decisionId",
                "a decision");
    action.deliver(item, decision);
    action.schedule(form.startDate(), form.dueDate());
  }

  private Person lead(Long id) {
    return find(id, people::get, "leadOfficerId", "a person");
  }

  /** Looks up a chosen record, refusing with a message on the field when it is not there. */
  private static <T> T find(long id, LongFunction<T> lookUp, String field, String what) {
    try {
      return lookUp.apply(id);
    } catch (RecordNotFoundException | NoSuchElementException e) {
      throw new RuleViolationException(field, "Choose " + what + " from the list");
    }
  }

  private void refuseTakenCode(String code, Action self) {
    actions
        .findByCodeIgnoreCase(code)
        .filter(other -> !other.equals(self))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  "code", "The code " + code + " is already used by " + other.label());
            });
  }

  public Milestone addMilestone(long actionId, MilestoneForm form) {
    Action action = get(actionId);
    refuseAfterDue(action, form);
    Milestone waitsOn = dependsOn(action, form.dependsOnId());
    Milestone milestone = action.addMilestone(form.title(), form.dueDate());
    milestone.plan(form.title(), form.dueDate(), waitsOn);
    actions.flush();
    return milestone;
  }

  private static void refuseAfterDue(Action action, MilestoneForm form) {
    if (action.getDueDate() != null && form.dueDate().isAfter(action.getDueDate())) {
      throw new RuleViolationException(
          "dueDate", "A milestone cannot be due after the action itself is due");
    }
  }

  private static Milestone dependsOn(Action action, Long id) {
    if (id == null) {
      return null;
    }
    return milestone(action, id, "dependsOnId");
  }

  private static Milestone milestone(Action action, long id, String field) {
    return action.getMilestones().stream()
        .filter(m -> m.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new RuleViolationException(field, "Choose a milestone from the list"));
  }

  public Milestone completeMilestone(long actionId, long milestoneId, LocalDate on) {
    Action action = get(actionId);
    Milestone milestone = milestone(action, milestoneId, null);
    milestone.complete(on == null ? today() : on, today());
    return milestone;
  }

  public Milestone reopenMilestone(long actionId, long milestoneId) {
    Action action = get(actionId);
    Milestone milestone = milestone(action, milestoneId, null);
    if (action.getMilestones().stream()
        .anyMatch(m -> m.getDependsOn() == milestone && m.isComplete())) {
      throw new RuleViolationException(
          null, "A milestone that waits on this one is already done: reopen that first");
    }
    milestone.reopen();
    return milestone;
  }

  public Milestone removeMilestone(long actionId, long milestoneId) {
    Action action = get(actionId);
    Milestone milestone = milestone(action, milestoneId, null);
    action.removeMilestone(milestone);
    return milestone;
  }
}
