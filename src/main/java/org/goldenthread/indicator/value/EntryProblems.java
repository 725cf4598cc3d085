package org.goldenthread.indicator.value;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.RuleViolationsException;

/**
 * The problems found with a value as entered, gathered so that the officer is told every one at
 * once (a red value with neither commentary nor remedial action is refused for both), in the order
 * the entry form shows its fields.
 */
final class EntryProblems {

  private static final List<String> FORM_ORDER =
      List.of(
          "period",
          "numerator",
          "denominator",
          "actual",
          "commentary",
          "remedialAction",
          "forecast",
          "forecastBasis",
          "changeReason");

  private final Map<String, String> found = new LinkedHashMap<>();

  /** Starting from problems found already (a form's fields that are not numbers, say). */
  EntryProblems(Map<String, String> already) {
    found.putAll(already);
  }

  /** A problem with a field; the first found for a field is the one kept. */
  void add(String field, String message) {
    found.putIfAbsent(field, message);
  }

  void addAll(Map<String, String> problems) {
    problems.forEach(this::add);
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** The number entered in a field, or null when it is empty or not a number (a problem then). */
  BigDecimal number(String text, String field, String what) {
    try {
      return Numbers.parse(text, field, what);
    } catch (RuleViolationException notANumber) {
      add(field, notANumber.getMessage());
      return null;
    }
  }

  /** The figures entered, or null when they are missing or not numbers (each a problem). */
  Measurement measurement(Indicator indicator, ValueForm form) {
    if (indicator.getAggregation() == Aggregation.RATIO) {
      BigDecimal numerator = number(form.numerator(), "numerator", "the numerator");
      BigDecimal denominator = number(form.denominator(), "denominator", "the denominator");
      if (numerator == null && blank(form.numerator())) {
        add("numerator", "Enter the numerator");
      }
      if (denominator == null && blank(form.denominator())) {
        add("denominator", "Enter the denominator");
      } else if (denominator != null && denominator.signum() == 0) {
        add("denominator", "The denominator cannot be zero: the ratio would have no value");
      }
      return numerator == null || denominator == null || denominator.signum() == 0
          ? null
          : Measurement.ratio(numerator, denominator);
    }
    BigDecimal actual = number(form.actual(), "actual", "the value");
    if (actual == null && blank(form.actual())) {
      add("actual", "Enter the value for the period");
    }
    return actual == null ? null : Measurement.of(actual);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** Refuses the value, naming every problem in the form's order, if there is any. */
  void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    FORM_ORDER.stream().filter(found::containsKey).forEach(f -> ordered.put(f, found.get(f)));
    ordered.putAll(found);
    throw new RuleViolationsException(ordered);
  }
}
