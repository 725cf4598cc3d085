package org.goldenthread.period;

/** A bank holiday file that cannot be used; the message names the line and what is wrong. */
public class BankHolidayFileException extends IllegalArgumentException {

  BankHolidayFileException(String message) {
    super(message);
  }
}
