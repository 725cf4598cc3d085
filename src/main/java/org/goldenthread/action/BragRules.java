package org.goldenthread.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.shared.RuleViolationsException;

/**
 * The BRAG rules of SPEC §5: the status the product suggests from an action's dates and progress,
 * and the checks a lead officer's own assessment must pass. Plain Java, no Spring.
 *
 * <p>The suggestion, in order: complete is Blue; past its due date and not complete is Red; a
 * milestone past its date and not done is Amber; progress more than {@value #BEHIND_BY} points
 * behind the share of the time used (from start to due date) is Amber; otherwise Green.
 */
public final class BragRules {

  /** How many percentage points behind the time used an action may be before it is in question. */
  public static final int BEHIND_BY = 20;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private BragRules() {}

  /** A suggested status and why, in words an officer would use. */
  public record Suggestion(Brag status, String reason) {}

  /** The status the dates and progress point to, as at a day. */
  public static Suggestion suggest(Schedule schedule, LocalDate asOf) {
    if (schedule.isComplete()) {
      return new Suggestion(
          Brag.BLUE,
          schedule.completedOn() == null
              ? "Reported 100% complete"
              : "Completed on " + DAY.format(schedule.completedOn()));
    }
    if (schedule.isOverdue(asOf)) {
      return new Suggestion(Brag.RED, "Due on " + DAY.format(schedule.due()) + " and not complete");
    }
    long late = schedule.overdueMilestones(asOf);
    if (late > 0) {
      return new Suggestion(
          Brag.AMBER,
          late == 1
              ? "A milestone is past its date and not done"
              : late + " milestones are past their dates and not done");
    }
    if (isBehind(schedule, asOf)) {
      return new Suggestion(
          Brag.AMBER,
          schedule.percentComplete()
              + "% complete with "
              + expectedPercent(schedule, asOf)
              + "% of the time to its due date used");
    }
    return new Suggestion(
        Brag.GREEN,
        schedule.due() == null
            ? "No due date is set and nothing else suggests a problem"
            : "On course for its due date");
  }

  /**
   * Whether progress is more than {@value #BEHIND_BY} points behind the share of the time used,
   * compared in whole days: rounding the share first would call 13% done with a third of the time
   * gone (20.3 points behind) on course.
   */
  private static boolean isBehind(Schedule schedule, LocalDate asOf) {
    TimeUsed time = TimeUsed.of(schedule, asOf);
    return time != null
        && (long) (schedule.percentComplete() + BEHIND_BY) * time.total() < time.used() * 100;
  }

  /**
   * The share of the time from start to due date used by a day, as the nearest whole percentage;
   * null when the action has no start or due date, or has not started.
   */
  static Integer expectedPercent(Schedule schedule, LocalDate asOf) {
    TimeUsed time = TimeUsed.of(schedule, asOf);
    return time == null ? null : (int) ((time.used() * 200 + time.total()) / (time.total() * 2));
  }

  /** Days of an action's time used, up to all of them, out of its total days. */
  private record TimeUsed(long used, long total) {

    static TimeUsed of(Schedule schedule, LocalDate asOf) {
      if (schedule.start() == null || schedule.due() == null || !asOf.isAfter(schedule.start())) {
        return null;
      }
      long total = ChronoUnit.DAYS.between(schedule.start(), schedule.due());
      if (total <= 0) {
        // Due the day it starts: once that day is over, all its time is used.
        return new TimeUsed(1, 1);
      }
      return new TimeUsed(Math.min(total, ChronoUnit.DAYS.between(schedule.start(), asOf)), total);
    }
  }

  /** A lead officer's assessment of an action, as entered or imported. */
  public record Assessment(
      Brag status,
      int percentComplete,
      LocalDate completedOn,
      String commentary,
      String remedialAction) {}

  /**
   * Refuses an assessment that breaks the rules, naming the field: Blue needs a completion date,
   * Amber and Red need commentary and (when {@code remedyAsked}) what will be done, and an action
   * past its due date and not complete cannot be Green.
   */
  public static void check(
      Assessment assessment, Schedule schedule, LocalDate today, boolean remedyAsked) {
    // Every problem is gathered before any is named, so that all are put right at once.
    Map<String, String> problems = new LinkedHashMap<>();
    if (assessment.percentComplete() < 0 || assessment.percentComplete() > 100) {
      problems.put("percentComplete", "Percentage complete must be a whole number from 0 to 100");
    }
    LocalDate completed = assessment.completedOn();
    if (completed != null && completed.isAfter(today)) {
      problems.put("completedOn", "The completion date cannot be in the future");
    } else if (completed != null
        && schedule.start() != null
        && completed.isBefore(schedule.start())) {
      problems.put(
          "completedOn",
          "The completion date cannot be before the action started on "
              + DAY.format(schedule.start()));
    }
    Brag status = assessment.status();
    if (status == null) {
      problems.put("status", "Choose a status: Blue, Green, Amber or Red");
    } else {
      checkStatus(status, assessment, schedule, today, remedyAsked, problems);
    }
    if (!problems.isEmpty()) {
      throw new RuleViolationsException(problems);
    }
  }

  private static void checkStatus(
      Brag status,
      Assessment assessment,
      Schedule schedule,
      LocalDate today,
      boolean remedyAsked,
      Map<String, String> problems) {
    LocalDate completed = assessment.completedOn();
    if (status == Brag.BLUE && completed == null) {
      problems.putIfAbsent(
          "completedOn", "Blue means completed: enter the date the action was completed");
    }
    if (status != Brag.BLUE && completed != null) {
      problems.putIfAbsent(
          "status",
          "An action with a completion date is complete: choose Blue, or remove the date");
    }
    boolean complete = completed != null;
    if (status == Brag.GREEN
        && !complete
        && schedule.due() != null
        && schedule.due().isBefore(today)) {
      problems.putIfAbsent(
          "status",
          "This action was due on "
              + DAY.format(schedule.due())
              + " and is not complete, so it cannot be Green: choose Amber or Red, or Blue if it"
              + " is complete");
    }
    if (status.needsExplanation()) {
      if (blank(assessment.commentary())) {
        problems.putIfAbsent(
            "commentary", status.label() + " needs commentary saying what has gone wrong");
      }
      if (remedyAsked && blank(assessment.remedialAction())) {
        problems.putIfAbsent(
            "remedialAction", status.label() + " needs what will be done about it");
      }
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
