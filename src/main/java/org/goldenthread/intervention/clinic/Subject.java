package org.goldenthread.intervention.clinic;

import org.goldenthread.shared.RuleViolationException;

/** What an item or a recognition is about, as a form sends it: {@code indicator:12}. */
record Subject(Kind kind, long id) {

  enum Kind {
    INDICATOR,
    ACTION,
    RISK
  }

  static Subject parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new RuleViolationException(field, "Choose an indicator, an action or a risk");
    }
    String[] parts = text.strip().split(":");
    try {
      return new Subject(
          Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), Long.parseLong(parts[1]));
    } catch (RuntimeException e) {
      throw new RuleViolationException(
          field, "Choose an indicator, an action or a risk from the list");
    }
  }

  static String of(Kind kind, long id) {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
