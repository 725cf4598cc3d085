package org.goldenthread.intervention;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an intervention owes now: who must act at its level (the people named by the step that
 * opened or raised it to that level), by when, and in words whether that is done, due or overdue. A
 * remedial plan proposed meets what the responsible officer owes; a director review recorded meets
 * what the director owes; anything else owed by a date is overdue once the date has passed.
 */
public record Owed(Kind kind, List<Role> actors, LocalDate dueOn, String words) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public enum Kind {
    CLOSED,
    NOTHING,
    NEXT_CLINIC,
    DONE,
    DUE,
    OVERDUE
  }

  public Owed {
    actors = List.copyOf(actors);
  }

  public boolean overdue() {
    return kind == Kind.OVERDUE;
  }

  /** The actors in words: "The director of the directorate", joined by "and". */
  public String who() {
    if (actors.isEmpty()) {
      return "No one";
    }
    List<String> labels = actors.stream().map(Role::label).toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    String last = labels.get(labels.size() - 1);
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + last.substring(0, 1).toLowerCase(Locale.UK)
        + last.substring(1);
  }

  static Owed of(
      Intervention intervention,
      Ladder ladder,
      Set<Long> planned,
      Set<Long> reviewed,
      LocalDate today) {
    InterventionStep setting =
        intervention.getSteps().stream()
            .filter(s -> s.getChange() == Change.OPENED || s.getChange() == Change.RAISED)
            .reduce((first, second) -> second)
            .orElse(null);
    List<Role> actors = setting == null ? List.of() : setting.getActors();
    if (!intervention.isOpen()) {
      String closed =
          intervention.getClosedPeriod() == null
              ? "Closed"
              : "Closed: returned to Green in " + intervention.getClosedPeriod().label();
      return new Owed(Kind.CLOSED, actors, null, closed);
    }
    LocalDate due = setting == null ? null : setting.getDueOn();
    boolean done =
        (actors.contains(Role.RESPONSIBLE_OFFICER) && planned.contains(intervention.getId()))
            || (actors.contains(Role.DIRECTOR) && reviewed.contains(intervention.getId()));
    if (done) {
      String what =
          actors.contains(Role.DIRECTOR)
              ? "Done: the director's review is recorded"
              : "Done: a remedial plan has been proposed";
      return new Owed(Kind.DONE, actors, due, what);
    }
    if (due == null) {
      boolean clinic =
          ladder
              .rule(intervention.getLevel())
              .map(r -> r.due().kind() == Due.Kind.NEXT_CLINIC)
              .orElse(false);
      return clinic
          ? new Owed(Kind.NEXT_CLINIC, actors, null, "At the next performance clinic")
          : new Owed(Kind.NOTHING, actors, null, "Nothing is owed");
    }
    long days = ChronoUnit.DAYS.between(today, due);
    if (days < 0) {
      return new Owed(
          Kind.OVERDUE,
          actors,
          due,
          "Overdue: it was due by " + DATE.format(due) + ", " + days(-days) + " ago");
    }
    String when = days == 0 ? "today" : "in " + days(days);
    return new Owed(Kind.DUE, actors, due, "Due by " + DATE.format(due) + " (" + when + ")");
  }

  private static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }
}
