package org.goldenthread.period;

/**
 * Text that is not a period or financial year label. The message is shown to council officers as it
 * stands (on forms and import reports), so it names the text and the form expected.
 */
public class PeriodFormatException extends IllegalArgumentException {

  private final String input;

  PeriodFormatException(String input, String message) {
    super(message);
    this.input = input;
  }

  /** The text as given, before trimming; may be null. */
  public String input() {
    return input;
  }
}
