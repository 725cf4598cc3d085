package org.goldenthread.action;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.goldenthread.action.progress.ProgressUpdate;
import org.goldenthread.action.progress.ProgressUpdateRepository;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where actions stood at the end of a reporting period, as a report for that period shows them:
 * each action's latest progress update for a quarter that had ended by then, and what the BRAG
 * rules suggested and whether it was overdue on that day. Later updates and milestones completed
 * after that day are not counted.
 */
@Service
@Transactional(readOnly = true)
public class ActionStatusAt {

  /**
   * One action as at a day. {@code status}, {@code reported} and the commentary are null when it
   * had no progress update by then.
   */
  public record Standing(
      Action action,
      LocalDate asOf,
      Period reported,
      Brag status,
      int percentComplete,
      String commentary,
      String remedialAction,
      BragRules.Suggestion suggestion,
      boolean overdue) {}

  private final ProgressUpdateRepository updates;

  ActionStatusAt(ProgressUpdateRepository updates) {
    this.updates = updates;
  }

  /**
   * Each action's standing on the last day of a period, keyed by action id in the order given: for
   * a quarter, half or year, its update for the quarter ending that day or the latest before; for a
   * month that ends a quarter the same, and for any other month the latest update for a quarter
   * already over. Reads every update in one query.
   */
  public Map<Long, Standing> at(Collection<Action> actions, Period period) {
    LocalDate asOf = period.end();
    Period quarter = Period.containing(asOf, PeriodType.QUARTER);
    if (quarter.end().isAfter(asOf)) {
      quarter = quarter.previous();
    }
    Map<Long, ProgressUpdate> latest = new HashMap<>();
    if (!actions.isEmpty()) {
      for (ProgressUpdate u :
          updates.findByActionIds(actions.stream().map(Action::getId).toList())) {
        if (u.getPeriod().compareTo(quarter) > 0) {
          continue;
        }
        latest.merge(
            u.getAction().getId(),
            u,
            (a, b) -> a.getPeriod().compareTo(b.getPeriod()) >= 0 ? a : b);
      }
    }
    Map<Long, Standing> standings = new LinkedHashMap<>();
    for (Action action : actions) {
      standings.put(action.getId(), standing(action, latest.get(action.getId()), asOf));
    }
    return standings;
  }

  private static Standing standing(Action action, ProgressUpdate update, LocalDate asOf) {
    int percent = update == null ? 0 : update.getPercentComplete();
    LocalDate completed = update == null ? null : update.getCompletedOn();
    Schedule then =
        new Schedule(
            action.getStartDate(),
            action.getDueDate(),
            percent,
            completed,
            action.getMilestones().stream().map(m -> m.dates().asAt(asOf)).toList());
    return new Standing(
        action,
        asOf,
        update == null ? null : update.getPeriod(),
        update == null ? null : update.getStatus(),
        percent,
        update == null ? null : update.getCommentary(),
        update == null ? null : update.getRemedialAction(),
        BragRules.suggest(then, asOf),
        then.isOverdue(asOf));
  }
}
