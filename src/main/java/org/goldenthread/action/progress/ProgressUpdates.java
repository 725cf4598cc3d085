package org.goldenthread.action.progress;

import static org.goldenthread.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.BragRules;
import org.goldenthread.action.ProgressRecorded;
import org.goldenthread.action.Schedule;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.UniqueKeys;
import org.goldenthread.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress updates on actions, one per action per quarter: the lead officer's assessment, checked
 * against the BRAG rules, with the product's suggestion kept beside it.
 */
@Service
@Transactional
public class ProgressUpdates {

  private final ActionService actions;
  private final ProgressUpdateRepository updates;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ProgressUpdates(
      ActionService actions,
      ProgressUpdateRepository updates,
      Clock clock,
      ApplicationEventPublisher events) {
    this.actions = actions;
    this.updates = updates;
    this.clock = clock;
    this.events = events;
  }

  /** The reporting period updates made today belong to: the quarter we are in. */
  public Period currentPeriod() {
    return Period.containing(LocalDate.now(clock), PeriodType.QUARTER);
  }

  @Transactional(readOnly = true)
  public List<ProgressUpdate> of(Action action) {
    return updates.findByActionOrderByPeriodDesc(action);
  }

  @Transactional(readOnly = true)
  public ProgressForm formFor(Action action) {
    return updates
        .findByActionAndPeriod(action, currentPeriod())
        .map(ProgressForm::of)
        .orElseGet(() -> ProgressForm.startingFrom(action));
  }

  /**
   * Records this quarter's update from the form, replacing one already made this quarter; a
   * replacement must carry the version of the update it replaces.
   */
  public ProgressUpdate update(long actionId, ProgressForm form, PersonRef by) {
    Action action = actions.get(actionId);
    ProgressUpdate update =
        updates
            .findByActionAndPeriod(action, currentPeriod())
            .orElseGet(() -> new ProgressUpdate(action, currentPeriod()));
    if (update.getId() != null) {
      // A form without a version was opened before anyone had reported this quarter; someone has
      // since, and saving it would silently replace their update.
      if (form.version() == null) {
        throw new ConcurrentEditException("progress update", update.getVersion());
      }
      Versioned.check("progress update", update.getVersion(), form.version());
    }
    return record(action, update, tidy(form.assessment()), by, true, today(), clock.instant());
  }

  /**
   * Records an assessment brought in by an import: commentary alone explains an amber or red, as a
   * tracker has one notes column.
   */
  public ProgressUpdate imported(Action action, BragRules.Assessment assessment, PersonRef by) {
    ProgressUpdate update =
        updates
            .findByActionAndPeriod(action, currentPeriod())
            .orElseGet(() -> new ProgressUpdate(action, currentPeriod()));
    return record(action, update, tidy(assessment), by, false, today(), clock.instant());
  }

  /**
   * Records an update for a quarter already over, as a tracker's history is brought in: checked
   * against the rules as they stood at the quarter's end, and with the status the product would
   * have suggested then, so milestones done since count as not yet done. Commentary alone explains
   * an amber or red, as on import.
   */
  public ProgressUpdate recordHistoric(
      Action action, Period period, BragRules.Assessment assessment, PersonRef by, Instant at) {
    if (period.type() != PeriodType.QUARTER || period.compareTo(currentPeriod()) >= 0) {
      throw new RuleViolationException(
          null, "An earlier update must be for a quarter before " + currentPeriod().label());
    }
    ProgressUpdate update =
        updates
            .findByActionAndPeriod(action, period)
            .orElseGet(() -> new ProgressUpdate(action, period));
    return record(action, update, tidy(assessment), by, false, period.end(), at);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private ProgressUpdate record(
      Action action,
      ProgressUpdate update,
      BragRules.Assessment assessment,
      PersonRef by,
      boolean remedyAsked,
      LocalDate asOf,
      Instant at) {
    BragRules.check(assessment, action.schedule(), asOf, remedyAsked);
    Schedule after =
        new Schedule(
            action.getStartDate(),
            action.getDueDate(),
            assessment.percentComplete(),
            assessment.completedOn(),
            action.schedule().milestones().stream().map(m -> m.asAt(asOf)).toList());
    update.assess(assessment, BragRules.suggest(after, asOf).status(), by, at);
    if (update.getId() == null) {
      UniqueKeys.insert(
          () -> updates.saveAndFlush(update),
          () ->
              action.getCode()
                  + " already has a progress update for "
                  + update.getPeriod().label()
                  + ": someone else recorded it a moment ago, so yours has not been saved. Look at"
                  + " the update recorded, then change it if need be.");
    }
    action.record(update);
    events.publishEvent(new ProgressRecorded(action.getId()));
    return update;
  }

  private static BragRules.Assessment tidy(BragRules.Assessment a) {
    return new BragRules.Assessment(
        a.status(),
        a.percentComplete(),
        a.completedOn(),
        blankToNull(a.commentary()),
        blankToNull(a.remedialAction()));
  }
}
