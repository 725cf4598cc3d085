package org.goldenthread.indicator.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.shared.Choice;

/**
 * One line of "My indicators": a period's figure owed, and where it stands in words, so that what
 * needs doing (returned, late, due) comes before what has been sent.
 */
record Owed(DuePeriods.Due due) {

  /** Returned first, then late, then due, then sent, verified and published. */
  static final Comparator<Owed> MOST_URGENT_FIRST =
      Comparator.comparingInt(Owed::urgency)
          .thenComparing(o -> o.due().deadline())
          .thenComparing(o -> o.due().indicator().getCode());

  /** The periods owed, latest first, to narrow the list to one. */
  static List<Choice> periods(List<Owed> owed) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "Any"));
    owed.stream()
        .map(o -> o.due().period())
        .distinct()
        .sorted(Comparator.reverseOrder())
        .forEach(p -> choices.add(Choice.of(p.label(), p.label())));
    return choices;
  }

  public int urgency() {
    if (due.returned()) {
      return 0;
    }
    if (due.late()) {
      return 1;
    }
    IndicatorValue value = due.value();
    if (value == null || value.getState() == ValueState.ENTERED) {
      return 2;
    }
    return switch (value.getState()) {
      case SUBMITTED -> 3;
      case VERIFIED -> 4;
      default -> 5;
    };
  }

  /** Whether the officer still has something to do: returned, late or due. */
  public boolean toDo() {
    return urgency() <= 2;
  }

  /** Where the figure stands, in words. */
  public String state() {
    IndicatorValue value = due.value();
    if (value == null) {
      return "Not entered";
    }
    if (value.getState() == ValueState.ENTERED) {
      return due.returned() ? "Returned for correction" : "Draft saved";
    }
    return value.getState().label();
  }
}
