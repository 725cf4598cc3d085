package org.goldenthread.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change that breaks several rules at once, each named against its field (or {@link
 * FormErrors#FORM}), so that the person sees every problem together instead of one at a time.
 */
public class RuleViolationsException extends RuleViolationException {

  private final Map<String, String> problems;

  /** {@code problems}: field then message, in the order the form shows them; at least one. */
  public RuleViolationsException(Map<String, String> problems) {
    super(first(problems).getKey(), String.join(" ", problems.values()));
    this.problems = new LinkedHashMap<>(problems);
  }

  private static Map.Entry<String, String> first(Map<String, String> problems) {
    return problems.entrySet().iterator().next();
  }

  /** Field then message, in order. */
  public Map<String, String> problems() {
    return Collections.unmodifiableMap(problems);
  }
}
