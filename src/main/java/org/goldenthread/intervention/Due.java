package org.goldenthread.intervention;

import java.time.LocalDate;
import java.util.Optional;
import org.goldenthread.period.WorkingDays;

/**
 * By when the people at a level must act: nothing owed, within a number of working days of the
 * step, or at the next performance clinic.
 */
public record Due(Kind kind, int workingDays) {

  public enum Kind {
    NONE,
    WORKING_DAYS,
    NEXT_CLINIC
  }

  public Due {
    if (kind == null) {
      throw new IllegalArgumentException("Say by when the level must be acted on");
    }
    if (kind == Kind.WORKING_DAYS ? workingDays < 1 : workingDays != 0) {
      throw new IllegalArgumentException(
          "A number of working days is given, at least 1, only for a deadline in working days");
    }
  }

  public static Due none() {
    return new Due(Kind.NONE, 0);
  }

  public static Due workingDays(int days) {
    return new Due(Kind.WORKING_DAYS, days);
  }

  public static Due nextClinic() {
    return new Due(Kind.NEXT_CLINIC, 0);
  }

  public String describe() {
    return switch (kind) {
      case NONE -> "nothing is owed";
      case WORKING_DAYS -> "within " + workingDays + " working day" + (workingDays == 1 ? "" : "s");
      case NEXT_CLINIC -> "at the next performance clinic";
    };
  }

  /**
   * The date the level's action is due when the step was taken on {@code stepped}: that many
   * working days after it (not counting the day itself). None when nothing is owed or when it is
   * due at the next clinic, whose date the clinic's schedule gives.
   */
  public Optional<LocalDate> dueDate(LocalDate stepped, WorkingDays workingDays) {
    return kind == Kind.WORKING_DAYS
        ? Optional.of(workingDays.addWorkingDays(stepped, this.workingDays))
        : Optional.empty();
  }
}
