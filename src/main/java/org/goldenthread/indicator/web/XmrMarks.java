package org.goldenthread.indicator.web;

import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.Variation;

/**
 * The variation and assurance marks of an XmR chart as the indicator page shows them: a word, a
 * shape and a colour, the shape and colour only repeating the word (SPEC §4a).
 */
public record XmrMarks(String label, String symbol, String colour) {

  static XmrMarks of(Variation variation) {
    return switch (variation) {
      case SPECIAL_CAUSE_IMPROVING -> new XmrMarks(variation.label(), "+", "green");
      case SPECIAL_CAUSE_CONCERNING -> new XmrMarks(variation.label(), "!", "red");
      case SPECIAL_CAUSE_HIGH -> new XmrMarks(variation.label(), "↑", "purple");
      case SPECIAL_CAUSE_LOW -> new XmrMarks(variation.label(), "↓", "purple");
      case COMMON_CAUSE -> new XmrMarks(variation.label(), "~", "grey");
      case NOT_ENOUGH_DATA -> new XmrMarks(variation.label(), "?", "grey");
    };
  }

  /** The assurance mark; "No assurance" when there is none (no target, polarity or data). */
  static XmrMarks of(Assurance assurance) {
    if (assurance == null) {
      return new XmrMarks("No assurance", "–", "grey");
    }
    return switch (assurance) {
      case CONSISTENTLY_PASSING -> new XmrMarks(assurance.label(), "✔", "green");
      case CONSISTENTLY_FAILING -> new XmrMarks(assurance.label(), "✖", "red");
      case HIT_AND_MISS -> new XmrMarks(assurance.label(), "◐", "yellow");
    };
  }
}
