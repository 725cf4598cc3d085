package org.goldenthread.action;

import java.time.LocalDate;
import java.util.List;

/**
 * What the BRAG rules look at for one action: its dates, how far it has got and its milestones. A
 * plain value, so the rules can be tested without a database.
 */
public record Schedule(
    LocalDate start,
    LocalDate due,
    int percentComplete,
    LocalDate completedOn,
    List<MilestoneDates> milestones) {

  /** A milestone's due date and, once reached, the date it was completed. */
  public record MilestoneDates(LocalDate due, LocalDate completedOn) {

    public boolean isOverdue(LocalDate asOf) {
      return completedOn == null && due != null && due.isBefore(asOf);
    }

    /** The milestone as it stood on a day: one completed later was not yet done. */
    public MilestoneDates asAt(LocalDate day) {
      return completedOn == null || !completedOn.isAfter(day)
          ? this
          : new MilestoneDates(due, null);
    }
  }

  public Schedule {
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  /** Complete once it has a completion date or is reported 100% done. */
  public boolean isComplete() {
    return completedOn != null || percentComplete >= 100;
  }

  /** Past its due date and not complete. Due today is not yet overdue. */
  public boolean isOverdue(LocalDate asOf) {
    return !isComplete() && due != null && due.isBefore(asOf);
  }

  public long overdueMilestones(LocalDate asOf) {
    return milestones.stream().filter(m -> m.isOverdue(asOf)).count();
  }
}
