package org.goldenthread.action.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committee decisions and the progress of the actions arising from them (SPEC §5). */
@Service
@Transactional
public class DecisionService {

  /** A decision with its actions, as the register shows it. */
  public record Progress(Decision decision, List<Action> actions, LocalDate asOf) {

    public long complete() {
      return actions.stream().filter(Action::isComplete).count();
    }

    public long overdue() {
      return actions.stream().filter(a -> a.isOverdue(asOf)).count();
    }

    /** Outstanding while any action arising is not complete, or none has been set yet. */
    public boolean isOutstanding() {
      return actions.isEmpty() || complete() < actions.size();
    }

    public String state() {
      if (actions.isEmpty()) {
        return "No actions recorded yet";
      }
      if (!isOutstanding()) {
        return "Complete";
      }
      return overdue() > 0 ? "Outstanding, " + overdue() + " overdue" : "Outstanding";
    }
  }

  private final DecisionRepository decisions;
  private final ActionRepository actions;
  private final GovernanceService governance;
  private final Clock clock;

  DecisionService(
      DecisionRepository decisions,
      ActionRepository actions,
      GovernanceService governance,
      Clock clock) {
    this.decisions = decisions;
    this.actions = actions;
    this.governance = governance;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Decision get(long id) {
    return decisions.findById(id).orElseThrow(() -> new RecordNotFoundException("Decision", id));
  }

  @Transactional(readOnly = true)
  public List<Decision> all() {
    return decisions.findAllInOrder();
  }

  @Transactional(readOnly = true)
  public Progress progress(Decision decision) {
    return new Progress(decision, actions.findByDecision(decision), LocalDate.now(clock));
  }

  /**
   * The register: each body's decisions, newest first, with the progress of their actions; only the
   * outstanding ones when asked.
   */
  @Transactional(readOnly = true)
  public Map<Body, List<Progress>> register(Long bodyId, boolean outstandingOnly) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<Action>> arising = new LinkedHashMap<>();
    actions
        .findArisingFromDecisions()
        .forEach(
            a -> arising.computeIfAbsent(a.getDecision().getId(), k -> new ArrayList<>()).add(a));
    Map<Long, List<Progress>> byBody = new HashMap<>();
    for (Decision d : decisions.findAllInOrder()) {
      Progress progress = new Progress(d, arising.getOrDefault(d.getId(), List.of()), today);
      if (!outstandingOnly || progress.isOutstanding()) {
        byBody.computeIfAbsent(d.getBody().getId(), k -> new ArrayList<>()).add(progress);
      }
    }
    // Bodies in the council's own order (Full Council, Cabinet, committees ...), as agendas are.
    Map<Body, List<Progress>> register = new LinkedHashMap<>();
    for (Body body : governance.bodies()) {
      if ((bodyId == null || body.getId().equals(bodyId)) && byBody.containsKey(body.getId())) {
        register.put(body, byBody.get(body.getId()));
      }
    }
    return register;
  }

  public Decision create(DecisionForm form) {
    Decision decision = new Decision(body(form.bodyId()), form.decidedOn(), form.minuteReference());
    apply(decision, form);
    return decisions.save(decision);
  }

  public Decision update(long id, DecisionForm form) {
    Decision decision = get(id);
    Versioned.check("decision", decision.getVersion(), form.version());
    decision.record(body(form.bodyId()), form.decidedOn(), form.minuteReference());
    apply(decision, form);
    return decision;
  }

  private void apply(Decision decision, DecisionForm form) {
    if (form.decidedOn().isAfter(LocalDate.now(clock))) {
      throw new RuleViolationException(
          "decidedOn", "The date of the meeting cannot be in the future");
    }
    decision.resolve(form.title().trim(), form.resolution().trim());
  }

  private Body body(long id) {
    try {
      return governance.body(id);
    } catch (RecordNotFoundException e) {
      throw new RuleViolationException("bodyId", "Choose a body from the list");
    }
  }
}
