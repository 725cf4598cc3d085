package org.goldenthread.intervention;

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
}
