package org.goldenthread.shared;

/**
 * A change that breaks a rule of the domain (a unit moved beneath itself, say). The message is
 * written for the person making the change; {@code field} names the form field at fault, if any.
 */
public class RuleViolationException extends RuntimeException {

  private final String field;

  public RuleViolationException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
