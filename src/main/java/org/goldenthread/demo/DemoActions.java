package org.goldenthread.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.BragRules;
import org.goldenthread.action.Milestone;
import org.goldenthread.action.MilestoneForm;
import org.goldenthread.action.decision.Decision;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * Loads the demo council's committee decisions ({@link DemoDecisions}) and its actions ({@link
 * DemoActionTable}) through the action services, as officers would enter them: milestones ticked
 * off, and progress reported quarter by quarter under the BRAG rules, so that each update keeps the
 * status the product suggested at the time.
 */
@Component
class DemoActions {

  private final ActionService actions;
  private final ProgressUpdates progress;
  private final DecisionService decisions;
  private final FrameworkService framework;
  private final Clock clock;
  private final EntityManager entityManager;

  DemoActions(
      ActionService actions,
      ProgressUpdates progress,
      DecisionService decisions,
      FrameworkService framework,
      Clock clock,
      EntityManager entityManager) {
    this.actions = actions;
    this.progress = progress;
    this.decisions = decisions;
    this.framework = framework;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /** Loads the decisions and actions; called by the demo council loader, in its transaction. */
  void load(Map<String, Person> people, Map<String, Body> bodies) {
    // The indicators leave thousands of saved figures in the persistence context, and Hibernate
    // would check every one for changes before each query the action services make; letting them
    // go halves the time this takes. The people and bodies passed in are read only for their ids
    // and names, so it does not matter that they are let go too.
    entityManager.flush();
    entityManager.clear();
    Period quarter = progress.currentPeriod();
    Map<String, Decision> decided = new DemoDecisions(decisions, bodies, quarter.start()).load();
    Map<String, FrameworkItem> items = new HashMap<>();
    framework.all().forEach(item -> items.put(item.getCode(), item));
    for (DemoAction row : DemoActionTable.rows()) {
      Person lead = require(people.get(row.lead()), row.lead());
      Action action =
          actions.create(
              new ActionForm(
                  row.code(),
                  row.title(),
                  row.description(),
                  row.kind(),
                  row.item() == null ? null : require(items.get(row.item()), row.item()).getId(),
                  row.decision() == null
                      ? null
                      : require(decided.get(row.decision()), row.decision()).getId(),
                  lead.getId(),
                  require(people.get(row.accountable()), row.accountable()).getId(),
                  null,
                  startOf(quarter, row.start()),
                  endOf(quarter, row.due()),
                  null));
      milestones(action, row.milestones(), quarter);
      for (DemoAction.Update update : row.updates()) {
        report(action, update, PersonRef.person(lead.getId(), lead.getFullName()), quarter);
      }
    }
  }

  /** Adds the milestones in order, then ticks off those done, each after the one it waits on. */
  private void milestones(Action action, List<DemoAction.Step> steps, Period quarter) {
    List<Milestone> added = new ArrayList<>();
    for (DemoAction.Step step : steps) {
      Long waitsOn = step.after() == null ? null : added.get(step.after() - 1).getId();
      added.add(
          actions.addMilestone(
              action.getId(),
              new MilestoneForm(step.title(), endOf(quarter, step.due()), waitsOn)));
    }
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).done() != null) {
        actions.completeMilestone(
            action.getId(), added.get(i).getId(), endOf(quarter, steps.get(i).done()));
      }
    }
  }

  /**
   * Reports progress as the lead officer did: this quarter's update as it would be entered now, and
   * earlier quarters' a week after each quarter ended (or now, if that is still to come).
   */
  private void report(Action action, DemoAction.Update update, PersonRef by, Period quarter) {
    BragRules.Assessment assessment =
        new BragRules.Assessment(
            update.status(),
            update.percent(),
            update.done() == null ? null : endOf(quarter, update.done()),
            update.commentary(),
            update.remedy());
    if (update.quarter() == 0) {
      progress.imported(action, assessment, by);
      return;
    }
    Period period = quarter;
    for (int back = update.quarter(); back < 0; back++) {
      period = period.previous();
    }
    Instant weekAfter = period.end().plusDays(7).atTime(10, 0).toInstant(ZoneOffset.UTC);
    Instant now = clock.instant();
    progress.recordHistoric(
        action, period, assessment, by, weekAfter.isBefore(now) ? weekAfter : now);
  }

  /** A start date: the first day of the month so many months from the start of this quarter. */
  private static LocalDate startOf(Period quarter, int months) {
    return quarter.start().plusMonths(months);
  }

  /**
   * Any other date: the last day of the month before the one so many months from the start of this
   * quarter (0 is the last day of last quarter), or today.
   */
  private LocalDate endOf(Period quarter, String months) {
    return months.equals("today")
        ? LocalDate.now(clock)
        : quarter.start().plusMonths(Integer.parseInt(months)).minusDays(1);
  }

  private static <T> T require(T found, String key) {
    if (found == null) {
      throw new IllegalStateException("The demo actions refer to something not loaded: " + key);
    }
    return found;
  }
}
