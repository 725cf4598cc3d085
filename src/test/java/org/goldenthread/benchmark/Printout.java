package org.goldenthread.benchmark;

import java.util.Locale;

/**
 * The benchmark's report: one line per figure of the table, each with its goal, the floor
 * it is compared with (measured in the same run) and the ratio between them.
 */
final class Printout {

  private final StringBuilder text = new StringBuilder();

  Printout(String title) {
    text.append(String.format(Locale.UK, "%n%s%n", title))
        .append(
            String.format(
                Locale.UK,
                "  %-40s %-36s %-22s %-40s %s%n",
                "what",
                "figure",
                "goal",
                "floor (same run)",
                "ratio"));
  }

  /** A figure, its goal, its floor and its ratio to the floor (any may be empty). */
  Printout line(String what, String figure, String goal, String floor, String ratio) {
    text.append(
        String.format(
            Locale.UK, "  %-40s %-36s %-22s %-40s %s%n", what, figure, goal, floor, ratio));
    return this;
  }

  /** A line of its own: a heading or a note. */
  Printout note(String note) {
    text.append(String.format(Locale.UK, "  %s%n", note));
    return this;
  }

  static String f(String format, Object... args) {
    return String.format(Locale.UK, format, args);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
